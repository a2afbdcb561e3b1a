"""Red flags, advice requests and back words told in languages other than English."""

from __future__ import annotations

import pytest

from assistant.core import Assistant
from assistant.domain import SafetyLabel, Status
from assistant.safety import check_message, mentions_spine
from assistant.safety_languages import advice_in_other_languages, fold, red_flag_in_other_languages
from assistant.texts import CRISIS_MESSAGE, URGENT_MESSAGE


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Não consigo", "nao consigo"), ("Düştüm", "dustum"), ("Kręgosłup", "kregoslup"), ("Пойдём", "пойдём")],
)
def test_folding_drops_accents_but_keeps_cyrillic_letters(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("desde anoche no puedo orinar y la espalda me mata", "bladder_bowel"),
        ("tenho a virilha toda dormente e dor na lombar", "saddle_numbness"),
        ("Mein rechtes Bein wird jeden Tag schwächer, Bandscheibe bekannt", "leg_weakness"),
        ("kamar mein bahut dard hai aur kal se tez bukhar hai", "infection"),
        ("cancer du sein il y a 4 ans, et là une nouvelle douleur au dos", "cancer_history"),
        ("mama mea de 81 de ani a cazut pe scari si o doare spatele", "major_trauma"),
        ("dolore al petto che va verso la schiena e al braccio, sudo freddo", "vascular_or_heart"),
        ("nagle rozdzierający ból pleców, najgorszy w życiu", "vascular_or_heart"),
        ("я больше не хочу жить с этой болью в спине", "self_harm"),
        ("sırtım çok ağrıyor, intihar etmeyi düşünüyorum", "self_harm"),
        ("мій батько мав рак простати, тепер новий біль у спині і схуд", "cancer_history"),
        ("ο πατέρας μου είχε καρκίνο και τώρα έχει νέο πόνο στη μέση", "cancer_history"),
        ("dneska mi utekla moč do kalhot a záda mě bolí už týden", "bladder_bowel"),
        ("mein rechter Fuß klatscht beim Gehen auf den Boden, Bandscheibe L5", "leg_weakness"),
        ("ο πατέρας μου έπεσε από τη σκάλα, 82 χρονών, πονάει η μέση του", "major_trauma"),
        ("hab gestern Abschiedsbriefe geschrieben, der Rücken macht mich fertig", "self_harm"),
        ("ilaclari biriktirdim, bel agrisi artik dayanilmaz", "self_harm"),
        ("ta podia mou ginontai olo kai pio adynata kai ponaei i mesi", "leg_weakness"),
        ("exo pyreto 39 apo xthes kai ponaei i mesi mou", "infection"),
        ("rugpijn, beide benen slapen en mijn tenen gaan niet meer omhoog", "leg_weakness"),
        ("Мужа резко схватило между лопатками, говорит, будто внутри что-то рвётся", "vascular_or_heart"),
        ("أمي عندها 80 سنة ووقعت في الحمام وظهرها بيوجعها", "major_trauma"),
        ("nilitibiwa saratani miaka mitatu iliyopita, sasa mgongo unaniuma", "cancer_history"),
        ("j'arrive plus à retenir l'urine depuis ce matin et j'ai mal au dos", "bladder_bowel"),
        ("tengo mieloma y ahora un dolor nuevo en la columna", "cancer_history"),
        ("j'ai commencé à mettre de côté mes cachets, le dos m'a tout pris", "self_harm"),
    ],
)
def test_red_flags_in_other_languages_are_urgent(message: str, rule: str) -> None:
    decision = check_message(message)
    assert (decision.label, decision.rule) == (SafetyLabel.URGENT, rule)
    assert "(not English)" in decision.reason


@pytest.mark.parametrize(
    "message",
    [
        "me duele la espalda pero sin fiebre y sin hormigueos",
        "Rückenschmerzen seit gestern, kein Fieber, Beine normal",
        "kamar dard hai, bukhar nahi hai",
        "болит поясница, температуры нет",
        "¿el cáncer puede causar dolor de espalda?",
        "me caí de la bici hace 5 años y desde entonces bien, ¿qué ejercicios para la espalda?",
        "estudo para o exame de enfermagem: quais são os sinais de alarme da dor lombar, como febre?",
        "bulan lalu saya demam dan sakit punggung, ternyata flu dan sudah sembuh",
        "quanto dura uno strappo lombare dopo il trasloco?",
        "у меня ничего такого нет, просто интересно: бывает ли онемение в паху при грыже?",
        "ponaei i mesi mou meta to treximo, kanenas pyretos",
        "el año pasado tuve fiebre y dolor de espalda por una infección, ya me curé. ejercicios de core?",
    ],
)
def test_negated_past_and_general_talk_in_other_languages_is_not_urgent(message: str) -> None:
    assert red_flag_in_other_languages(message) is None


def test_portuguese_in_the_chest_is_not_a_negation() -> None:
    """ "dor no peito" is pain in the chest; "no" there is no Spanish "no"."""
    assert red_flag_in_other_languages("estou com uma dor no peito forte") == ("vascular_or_heart", "peito")


@pytest.mark.parametrize(
    "message",
    [
        "can a slipped disc make you incontinent or is that a myth?",
        "been sleeping badly on the sofa, is that why my back hurts?",
        "my deadlift form was suicidal lol, how do I stop rounding my back",
    ],
)
def test_english_messages_are_left_to_the_english_rules(message: str) -> None:
    assert red_flag_in_other_languages(message) is None
    assert advice_in_other_languages(message) is None


def test_an_accident_placed_years_ago_in_a_later_turn_is_over() -> None:
    earlier = ["miałem wypadek samochodowy, boli mnie kark"]
    assert check_message("jakie ćwiczenia na kark?", earlier).label is SafetyLabel.URGENT
    later = [*earlier, "to było 3 lata temu, teraz tylko sztywny rano"]
    assert check_message("jakie ćwiczenia na kark?", later).label is SafetyLabel.IN_SCOPE


def test_an_earlier_turn_in_another_language_keeps_its_urgency_until_taken_back() -> None:
    earlier = ["me duele mucho la espalda y tengo fiebre de 39"]
    assert check_message("¿y qué almohada me recomiendan?", earlier).rule == "earlier_turn:infection"
    taken_back = [*earlier, "perdón, me expresé mal, el termómetro estaba roto, no tengo fiebre"]
    assert check_message("¿y qué almohada me recomiendan?", taken_back).label is SafetyLabel.IN_SCOPE


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("¿puedo tomar ibuprofeno junto con el paracetamol para la espalda?", "own_medicine"),
        ("quanti mg di ibuprofene posso prendere al giorno per la schiena?", "dose"),
        ("Kann ich das Pregabalin einfach absetzen?", "medication_change"),
        ("mujhe lagta hai mera slip disc hai, kya ye hernia hai?", "own_diagnosis"),
        ("mijn fysio zegt facet, mijn huisarts zegt hernia. wat heb ik nou echt?", "own_diagnosis"),
        ("Befund: Protrusion L4/5. Heißt das, ich muss operiert werden?", "own_diagnosis"),
        ("nimekuwa nikitumia diclofenac kwa mgongo, nisimamishe au niendelee?", "medication_change"),
        ("doktor parol yazdi, iki tane daha içsem olur mu?", "own_medicine"),
        ("Ο γιατρός μου έδωσε αντιπηκτικά, να τα σταματήσω πριν την ένεση;", "medication_change"),
        ("nilibaki na prednisolone, nirudie mwenyewe mgongo ukiuma tena?", "own_medicine"),
    ],
)
def test_requests_for_personal_advice_in_other_languages(message: str, rule: str) -> None:
    decision = check_message(message)
    assert (decision.label, decision.rule) == (SafetyLabel.PERSONAL_ADVICE, rule)


@pytest.mark.parametrize("message", ["¿qué tengo que hacer si me duele el lumbago?", "cosa ho sbagliato?"])
def test_asking_what_to_do_is_no_request_for_a_diagnosis(message: str) -> None:
    assert check_message(message).label is SafetyLabel.IN_SCOPE


def test_an_english_medical_word_in_a_general_question_in_french_is_not_urgent() -> None:
    message = "est-ce qu'une hernie discale peut vraiment provoquer une incontinence ? je lisais un article"
    assert check_message(message).label is SafetyLabel.IN_SCOPE


@pytest.mark.parametrize(
    "message", ["ricetta veloce per la pasta alla norma?", "paano magluto ng adobong manok?"]
)
def test_cooking_in_other_languages_is_off_topic(message: str) -> None:
    assert check_message(message).label is SafetyLabel.OFF_TOPIC


def test_a_prescription_is_no_recipe() -> None:
    """Spanish "receta" is both."""
    decision = check_message("¿me pueden dar una receta de tramadol para la espalda?")
    assert decision.label is not SafetyLabel.OFF_TOPIC


def test_a_figure_of_speech_takes_back_self_harm_in_spanish() -> None:
    earlier = ["ya no quiero vivir con este dolor de espalda"]
    assert check_message("¿qué estiramientos hago?", earlier).label is SafetyLabel.URGENT
    later = "jaja no, no literal, es una forma de hablar. ¿qué estiramientos hago?"
    assert check_message(later, earlier).label is SafetyLabel.IN_SCOPE


@pytest.mark.parametrize(
    ("message", "about_the_spine"),
    [
        ("j'ai mal au dos depuis hier", True),
        ("ból kręgosłupa przy siedzeniu", True),
        ("lombalgia cronica, cosa fare?", True),
        ("ból szyi od tygodnia", True),
        ("ngồi xe máy nhiều có làm thoát vị đĩa đệm nặng hơn không?", True),
        ("هل الجلوس الطويل يسبب الانزلاق الغضروفي؟", True),
        ("tengo dos gatos", False),
        ("my lungs hurt when I run", False),
        ("a rug for the hallway", False),
    ],
)
def test_back_words_in_other_languages_make_a_spine_topic(message: str, about_the_spine: bool) -> None:
    assert mentions_spine(message) is about_the_spine


def test_an_emergency_in_spanish_gets_the_emergency_message(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("mi padre (80) se cayó y toma sintrom, ahora le duele mucho la espalda")
    assert answer.status is Status.URGENT
    assert answer.answer.startswith(URGENT_MESSAGE)


def test_self_harm_in_hinglish_gets_the_crisis_lines(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("kamar dard se tang aa gaya hu, ab mar jana chahta hu")
    assert answer.status is Status.URGENT
    assert answer.answer.startswith(CRISIS_MESSAGE)


def test_a_back_question_in_polish_is_not_sent_away_as_off_topic(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("jakie ćwiczenia na ból pleców po pracy przy biurku?")
    assert answer.status is not Status.OFF_TOPIC


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("kinou kara migi ashi ga dandan ugokanaku natte kita, koshi mo itai", "leg_weakness"),
        ("yaoteng san tian le, jintian xiaobian kongzhi bu zhu", "bladder_bowel"),
        ("heori-ga apayo, eoje-buteo yeol-i nago ohan-do isseoyo", "infection"),
        ("se sal pish saratan dashtam, hala kamar dard-e jadid daram", "cancer_history"),
        ("yai aayu 85 lom nai hong naam mua chao", "fall_at_risk"),
        ("zhitongyao cun qilai le, bu xiang zai huo le", "self_harm"),
    ],
)
def test_red_flags_in_transliteration_are_urgent(message: str, rule: str) -> None:
    """Chinese, Japanese, Korean, Persian and Thai typed in Latin letters, as on many phones."""
    decision = check_message(message)
    assert (decision.label, decision.rule) == (SafetyLabel.URGENT, rule)


def test_a_japanese_particle_is_no_indonesian_negation() -> None:
    """ "ashi ga" is "the leg (subject)", while Indonesian "ga" means "not"."""
    assert check_message("kyou wa ashi ga ugokanai, koshi ga itai").label is SafetyLabel.URGENT
    assert check_message("kaki ga lemas kok, cuma pinggang pegal").label is not SafetyLabel.URGENT


def test_lying_on_the_stomach_in_hindi_is_no_pet() -> None:
    assert check_message("sciatica me pet ke bal sona theek hai?").label is SafetyLabel.IN_SCOPE


def test_a_general_question_in_arabic_names_incontinence_without_an_emergency() -> None:
    message = "هل الانزلاق الغضروفي ممكن يسبب سلس البول؟"
    assert check_message(message).label is not SafetyLabel.URGENT


def test_a_later_turn_that_says_it_was_for_study_makes_an_earlier_red_flag_general() -> None:
    earlier = [
        "c'est quoi les signes d'une compression médullaire ?",
        "genre perte de contrôle de la vessie ?",
    ]
    assert (
        check_message("merci, c'est pour mon mémoire de kiné, rien de perso", earlier).label
        is SafetyLabel.IN_SCOPE
    )


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("jag kan inte hålla urinen sedan i morse och ryggen värker", "bladder_bowel"),
        ("mine ben blir svagere hver dag og ryggen gør ondt", "leg_weakness"),
        ("selkä on tosi kipeä ja minulla on kuumetta", "infection"),
        ("a derekam nagyon fáj és nem érzem a lábam", "leg_weakness"),
        ("od rána necítím nic v rozkroku a záda mě bolí", "saddle_numbness"),
        ("ne zelim se vise probuditi, ova leda me ubijaju", "self_harm"),
        ("ich krieg seit gestern das Bein kaum noch hoch, der Rücken tut weh", "leg_weakness"),
        ("chyba nie czuję nóg od rana", "leg_weakness"),
        ("niedługo mnie tu nie będzie, psa oddałem bratu. ćwiczenia na plecy?", "self_harm"),
        ("ei tunnu mitään haaravälissä ja selkä on kipeä", "saddle_numbness"),
    ],
)
def test_red_flags_in_nordic_finnish_hungarian_and_central_european_languages(
    message: str, rule: str
) -> None:
    assert red_flag_in_other_languages(message) is not None
    assert check_message(message).rule == rule


@pytest.mark.parametrize(
    "message",
    [
        "ryggen är stel på morgonen, ingen feber, vilka övningar hjälper?",
        "onko jooga hyväksi niskakivulle?",
        "meddig tart általában egy isiász?",
        "kolik trvá zotavení po operaci ploténky?",
        "czy pływanie jest dobre na skoliozę u nastolatka?",
        "thoát vị đĩa đệm có gây tiểu không tự chủ không? hỏi để biết thôi",
    ],
)
def test_ordinary_back_questions_in_those_languages_are_not_urgent(message: str) -> None:
    assert check_message(message).label is SafetyLabel.IN_SCOPE
    assert mentions_spine(message)


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("kan jeg doble dosen med paracet i kveld? ryggen er elendig", "medication_change"),
        ("saanko ottaa buranaa ja panadolia samaan aikaan?", "own_medicine"),
        ("ist das jetzt schlimm in meinem fall?", "own_diagnosis"),
        ("naproksen midemi yakıyor, yarım tablete düşsem olur mu?", "medication_change"),
    ],
)
def test_requests_for_personal_advice_in_those_languages(message: str, rule: str) -> None:
    advice = advice_in_other_languages(message)
    assert advice is not None and advice[0] == rule


@pytest.mark.parametrize(
    "message",
    [
        "Mein Knie knackt beim Treppensteigen, ist das schon Arthrose?",
        "boli mnie kolano po bieganiu, co to może być?",
    ],
)
def test_another_joint_named_in_another_language_is_off_topic(message: str) -> None:
    assert check_message(message).rule == "other_body_part"


def test_a_joint_beside_a_back_word_stays_a_back_question() -> None:
    assert (
        check_message("j'ai mal devant la cuisse jusqu'au genou, c'est une cruralgie ?").rule
        != "other_body_part"
    )


def test_a_cancer_cured_years_ago_told_in_a_later_turn_is_no_red_flag() -> None:
    earlier = [
        "Ich hatte vor 12 Jahren Darmkrebs",
        "seit 10 Jahren krebsfrei, der Rücken tut nur nach dem Sport weh",
    ]
    assert check_message("Welche Dehnübungen helfen nach dem Joggen?", earlier).label is SafetyLabel.IN_SCOPE
    assert check_message("Welche Dehnübungen helfen?", [earlier[0], "jetzt neue Rückenschmerzen"]).label is (
        SafetyLabel.URGENT
    )


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("кръстът ме боли и от три дни имам висока температура", "infection"),
        ("од јутрос не могу да дигнем стопало, а леђа ме боле", "leg_weakness"),
        ("спина болить і вже два дні температура 39", "infection"),
        ("πονάει η μέση μου και έχω πυρετό 39 από χθες", "infection"),
        ("mudhugu vali oda kaichal um irukku rendu naala", "infection"),
        ("mesh 3aref a3mel pipi men embare7 w dahri byewga3ni", "bladder_bowel"),
    ],
)
def test_red_flags_in_south_slavic_ukrainian_greek_arabizi_and_indian_transliteration(
    message: str, rule: str
) -> None:
    assert check_message(message).rule == rule


@pytest.mark.parametrize(
    "message",
    [
        "δεν έχω πυρετό, απλώς πονάει η μέση μου. τι ασκήσεις να κάνω;",
        "me quiero morir de la vergüenza, me dio lumbago bailando en la boda. cuánto dura?",
        "dor de costas sen febre e sen perder forza. que exercicios fago?",
        "кои упражнения са добри за болки в кръста?",
    ],
)
def test_negations_and_idioms_leave_an_ordinary_back_question(message: str) -> None:
    assert check_message(message).label is SafetyLabel.IN_SCOPE
    assert mentions_spine(message)


@pytest.mark.parametrize(
    ("earlier", "message"),
    [
        (
            ["me caí de la escalera ayer", "me vieron en urgencias, no había fractura y me dieron el alta"],
            "qué estiramientos puedo hacer para la espalda?",
        ),
        (
            ["вчера онемела промежность", "врачи сказали не кауда, онемения больше нет"],
            "какие упражнения для поясницы?",
        ),
        (["סבתא שלי נפלה אתמול", "עשו צילום, אין שבר"], "איך לעזור לה עם כאבי הגב?"),
        (["دیگه نمی‌خوام زنده باشم", "ببخشید بد گفتم، منظورم این نبود"], "یه تمرین برای کمر می‌خوام"),
    ],
)
def test_an_earlier_red_flag_checked_and_cleared_or_unsaid_is_over(earlier: list[str], message: str) -> None:
    assert check_message(message, earlier).label is SafetyLabel.IN_SCOPE
    assert check_message(message, earlier[:1]).label is SafetyLabel.URGENT
