"""Red flags, advice requests and other topics told in Chinese, Japanese, Korean, Hindi,
Bengali, the scripts of southern India, Persian, Urdu, Hebrew and Thai script."""

from __future__ import annotations

import pytest

from assistant.core import Assistant
from assistant.domain import SafetyLabel, Status
from assistant.safety import check_message, mentions_spine
from assistant.safety_scripts import normalize, red_flag_in_other_scripts
from assistant.texts import CRISIS_MESSAGE, URGENT_MESSAGE


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("ＭＲＩ", "mri"),  # full-width letters
        ("۸۰ سالشه", "80 سالشه"),  # Persian digits
        ("كمري", "کمری"),  # Arabic kaf and yeh, Persian spelling
        ("می‌خواهم", "میخواهم"),  # zero-width non-joiner
    ],
)
def test_normalizing_makes_variant_spellings_read_alike(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("腰疼了一周，今天早上开始小便失禁", "bladder_bowel"),
        ("我的腰很痛，屁股周围和会阴都麻木了", "saddle_numbness"),
        ("腰が痛くて、右足に力が入らない。どんどん悪くなってる", "leg_weakness"),
        ("허리가 아프고 어제부터 열이 나요", "infection"),
        ("पिछले साल कैंसर का इलाज हुआ था, अब कमर में नया दर्द है", "cancer_history"),
        ("আমার বাবা সিঁড়ি থেকে পড়ে গেছেন, পিঠে খুব ব্যথা", "major_trauma"),
        ("مادربزرگم ۸۴ سالشه و امروز توی حمام افتاد", "fall_at_risk"),
        ("پچھلے دو مہینے میں وزن بہت کم ہو گیا اور کمر میں درد ہے", "weight_loss"),
        ("כאב קורע בגב פתאום, הכי חזק שהיה לי", "vascular_or_heart"),
        ("เจ็บหน้าอกร้าวไปที่หลัง เหงื่อออกมาก", "vascular_or_heart"),
        ("腰痛がつらすぎて、もう死にたい", "self_harm"),
        ("כואב לי הגב ואני כמעט לא מרגישה את הרגל הימנית מאז הבוקר", "leg_weakness"),
        ("ปวดหลังมาหลายปีแล้ว ไม่อยากมีชีวิตอยู่แล้ว", "self_harm"),
        ("முதுகு வலியோட காய்ச்சல் இருக்கு", "infection"),
        ("నా కాలు బలహీనంగా అవుతోంది, నడుము నొప్పి ఎక్కువ", "leg_weakness"),
        ("வாழ பிடிக்கல, முதுகு வலி தாங்க முடியல", "self_harm"),
    ],
)
def test_red_flags_in_other_scripts_are_urgent(message: str, rule: str) -> None:
    decision = check_message(message)
    assert (decision.label, decision.rule) == (SafetyLabel.URGENT, rule)
    assert "(not English)" in decision.reason


@pytest.mark.parametrize(
    "message",
    [
        "我腰疼，但是没有发烧，腿也不麻，有什么拉伸动作？",  # negations
        "腰が痛いです。熱はありません。湿布は温めるのと冷やすのとどっちがいい？",
        "허리 아픈데 열도 없어요. 스트레칭 추천해 주세요",
        "कमर दर्द है पर बुखार नहीं है, कौन सी कसरत करूँ?",
        "腰椎间盘突出会不会导致大小便失禁？",  # a general question
        "האם פריצת דיסק יכולה לגרום לחולשה ברגליים?",
        "五年前从楼梯上摔下来过，早就好了，现在想练核心",  # a fall long over
        "我只是好奇，癌症转移到脊椎一般有什么表现？",  # only wondering
    ],
)
def test_alarming_words_without_a_present_emergency_are_not_urgent(message: str) -> None:
    assert check_message(message).label is not SafetyLabel.URGENT


def test_suicide_named_in_a_general_question_is_no_crisis() -> None:
    assert red_flag_in_other_scripts("慢性腰痛的人自杀风险会不会更高？") is None


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("ロキソニンとリリカを一緒に飲んでも大丈夫ですか？", "own_medicine"),
        ("이부프로펜 몇 알까지 먹어도 돼요?", "own_medicine"),
        ("医生开的加巴喷丁我可以自己停药吗", "medication_change"),
        ("קיבלתי טרמדול, אפשר לקחת אותו עם אקמול?", "own_medicine"),
        ("کیا مجھے کمر کا آپریشن کروانا پڑے گا؟ میرے کیس میں", "own_diagnosis"),
    ],
)
def test_requests_for_personal_advice_in_other_scripts(message: str, rule: str) -> None:
    decision = check_message(message)
    assert (decision.label, decision.rule) == (SafetyLabel.PERSONAL_ADVICE, rule)


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("膝盖疼了两个月，该做什么运动？", "other_body_part"),
        ("무릎 연골 주사는 몇 번 맞아야 해요?", "other_body_part"),
        ("帮我写一首关于秋天的诗", "other_task"),
        ("מתכון טוב לעוגת גבינה?", "other_task"),
    ],
)
def test_other_topics_in_other_scripts_are_off_topic(message: str, rule: str) -> None:
    decision = check_message(message)
    assert (decision.label, decision.rule) == (SafetyLabel.OFF_TOPIC, rule)


def test_a_knee_named_beside_the_back_stays_in_scope() -> None:
    assert check_message("膝盖和腰都疼，游泳有帮助吗？").label is SafetyLabel.IN_SCOPE


def test_an_earlier_turn_keeps_the_urgency_until_it_is_called_a_figure_of_speech() -> None:
    earlier = ["腰疼得想死"]
    assert check_message("睡硬床好还是软床好？", earlier).rule == "earlier_turn:self_harm"
    later = "不是真的想死啦，夸张一下。睡硬床好还是软床好？"
    assert check_message(later, earlier).label is SafetyLabel.IN_SCOPE


def test_english_is_left_to_the_english_rules() -> None:
    """The word lists here hold a few Latin words for mixed messages ("cancer"); they never
    read a message with no letter of their scripts."""
    assert red_flag_in_other_scripts("had cancer years ago, my back hurts a bit") is None


@pytest.mark.parametrize(
    ("message", "about_the_spine"),
    [
        ("我的腰椎有点问题", True),
        ("허리가 뻐근해요", True),
        ("כואב לי הגב", True),
        ("גבוה מאוד", False),
        ("背景音乐", False),
    ],
)
def test_back_words_in_other_scripts_make_a_spine_topic(message: str, about_the_spine: bool) -> None:
    assert mentions_spine(message) is about_the_spine


def test_an_emergency_in_chinese_gets_the_emergency_message(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("我奶奶82岁，骨质疏松，刚才在厨房摔倒了，现在说背很疼")
    assert answer.status is Status.URGENT
    assert answer.answer.startswith(URGENT_MESSAGE)


def test_self_harm_in_korean_gets_the_crisis_lines(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("허리 통증 때문에 너무 지쳤어요. 죽고 싶어요")
    assert answer.status is Status.URGENT
    assert answer.answer.startswith(CRISIS_MESSAGE)


def test_a_back_question_in_japanese_is_not_sent_away_as_off_topic(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("デスクワークで腰が痛くなります。おすすめのストレッチはありますか？")
    assert answer.status is not Status.OFF_TOPIC


@pytest.mark.parametrize("message", ["ಬೆನ್ನು ನೋವಿಗೆ ಯಾವ ವ್ಯಾಯಾಮ ಒಳ್ಳೆಯದು?", "முதுகு வலிக்கு எந்த மெத்தை நல்லது?"])
def test_back_questions_in_south_indian_scripts_are_about_the_spine(message: str) -> None:
    assert check_message(message).label is SafetyLabel.IN_SCOPE
    assert mentions_spine(message)
