"""Red flags and requests for personal advice told in scripts the other word lists cannot read.

`safety_languages` reads languages written in Latin, Cyrillic, Greek and Arabic letters with
spaces between words. Chinese, Japanese and Thai put no spaces between words, Korean glues its
particles to them ("허리가"), Hebrew its prefixes ("והגב") and Persian its endings ("کمرم"); and
Python's regular expressions split words of the Indian scripts at their vowel signs, so a
word boundary means nothing in any of them. Here words match as plain substrings instead, and
each listed word is long or specific enough to mean the one thing; a few short ones carry a
guard against the longer everyday words they hide in (Japanese "がんばる" is no cancer).

The scheme is the one `safety_languages` uses: a red flag counts unless a negation stands just
before or after it, or the message asks in general with no one named; a fall counts unless the
message says it was long ago. Self-harm counts even in a general question unless the question
only names suicide.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.safety_flags import RedFlag, any_of

# Arabic and Urdu spell some letters differently from Persian; one spelling serves all three.
# The zero-width non-joiner in "می‌خواهم" is optional in everyday typing.
_SAME_LETTER = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ہ": "ه", "ە": "ه", "ھ": "ه", "\u200c": ""}
    | {chr(0x06F0 + d): str(d) for d in range(10)}
    | {chr(0x0660 + d): str(d) for d in range(10)}
)


def normalize(text: str) -> str:
    """`text` in the form the word lists are written in: NFKC (so full-width letters and
    half-width kana read alike), lower case, one spelling of the Arabic-script letters."""
    return unicodedata.normalize("NFKC", text).lower().translate(_SAME_LETTER)


# Chinese (simplified, traditional), Japanese, Korean, Hindi, Bengali, Persian/Urdu, Hebrew, Thai,
# and a first few words of Punjabi, Gujarati, Tamil, Telugu, Kannada and Malayalam.
BACK = any_of(
    r"முதுகு|இடுப்பு வலி|கழுத்து வலி|கழுத்து|వెన్ను|నడుము|మెడ నొప్పి|సయాటికా|ಬೆನ್ನು|ಬೆನ್ನಿ|ಬೆನ್ನಲ್ಲಿ|"
    r"ಸೊಂಟ|ಕುತ್ತಿಗೆ|നടുവ|നട്ടെല്ല|കഴുത്ത|ഡിസ്ക്|પીઠ|કમર|ગરદન|કરોડરજ્જુ|સ્પાઇન|ਕਮਰ|ਪਿੱਠ|ਧੌਣ|ਰੀੜ੍ਹ|"
    r"ٹیک نیک|"
    r"ظهر|"
    r"پشت(ش|ت|مون)|کمرش|کمرت|دم اسب|หลังจะหัก|หลังหัก|หลังแข็ง|หลังตึง|หลังค่อม|"
    r"腰椎|脊柱|椎管|椎体|馬尾|马尾|圧迫骨折|ヘルニア|下垂足|ぎっくり腰|腰痛|骨盤|골반|장요근|"
    r"허리디스크|목디스크|요추|경추|坐骨|梨狀肌|梨状肌|僵直性脊椎炎|强直性脊柱炎|腰托|护腰|護腰|"
    r"コルセット|"
    r"腰|背(痛|疼|部|上|下|后|後|脊)|后背|後背|腰背|脊|"
    r"颈椎|頸椎|脖子|椎间盘|椎間盤|椎間板|坐骨神经|坐骨神經|坐骨神経|首の|首が|背中|背骨|ぎっくり|"
    r"허리|척추|디스크|(?<!손)(?<!발)목이|(?<!손)(?<!발)목 |등이 아|등 통증|등쪽|좌골|"
    r"पीठ|कमर|रीढ़|रीढ|गर्दन|स्लिप डिस्क|साइटिका|"
    r"পিঠ|কোমর|মেরুদণ্ড|মেরুদন্ড|ঘাড়|ঘাড|"
    r"کمر|پشتم|ستون فقرات|گردن|دیسک|سیاتیک|ریڑه|ریڑھ|"
    r"(?<![א-ת])[והבלמש]?ה?גב(י|ו|ה|ם)?(?![א-ת])|עמוד השדרה|צוואר|דיסק|סיאטיקה|"
    r"ปวดหลัง|เจ็บหลัง|กระดูกสันหลัง|หมอนรองกระดูก|เอว|ต้นคอ|ปวดคอ"
)
PAIN = any_of(
    r"வலி|నొప్పి|ನೋವು|ನೋವಿ|വേദന|દુખાવો|દુખે|ਦਰਦ|"
    r"وجع|痛|疼|酸|しびれ|痺れ|아프|아파|아픈|통증|저려|दर्द|पीड़ा|ব্যথা|ব্যাথা|যন্ত্রণা|درد|כאב|כואב|ปวด|"
    r"เจ็บ"
)
_NUMB = any_of(
    r"மரத்து|తిమ్మిరి|ಜೋಮು|മരവിപ്പ|തരിപ്പ|સુન્ન|ਸੁੰਨ|"
    r"麻麻|木木的|"
    r"麻木|发麻|發麻|麻了|没有感觉|沒有感覺|没感觉|沒感覺|没知觉|沒知覺|しびれ|痺れ|感覚がな|感覚があり|"
    r"마비|저려|저림|감각이 없|감각이 안|감각 없|सुन्न|अवश|সুন্ন|অবশ|অসাড়|বোধ নেই|بی ?حس|سن هو|"
    r"רדום|רדומה|חוסר תחושה|לא מרגיש|לא מרגישה|ชา(?!ย|ว|ติ|นม|เขียว|ร้อน|เย็น)|ไม่รู้สึก"
)
_SADDLE = any_of(
    r"পায়ের মাঝখানে|"
    r"会阴|會陰|会陰|鞍区|鞍區|肛门|肛門|屁股|私处|私處|生殖器|大腿内侧|大腿內側|股間|陰部|お尻|おしり|"
    r"회음|항문|사타구니|엉덩이|생식기|गुप्तांग|जननांग|गुदा|नितंब|कूल्हे|কুঁচকি|যৌনাঙ্গ|মলদ্বার|পাছা|নিতম্ব|"
    r"کشاله|مقعد|باسن|تناسلی|شرمگاه|کولهے|מפשעה|ישבן|פי הטבעת|איבר המין|ก้น|ทวาร|อวัยวะเพศ|ขาหนีบ"
)
_LEG = any_of(
    r"கால்|కాలు|కాళ్ళ|ಕಾಲು|ಕಾಲಿ|കാല്|കാലി|પગમાં|ਲੱਤ|"
    r"腳|両足|両脚|양다리|양쪽 다리|"
    r"腿|脚|足|下肢|다리|발|पैर|टांग|टाँग|পা|پا|ٹانگ|پاؤں|רגל|ขา(?!ย|ว)|เท้า"
)
_WEAK = any_of(
    r"பலவீன|బలహీన|ಬಲಹೀನ|ಶಕ್ತಿ ಇಲ್ಲ|ബലക്ഷയ|ബലമില്ല|નબળ|ਕਮਜ਼ੋਰ|"
    r"כמעט לא מרגיש|כמעט לא מרגישה|הולכת ונחלשת|הולך ונחלש|"
    r"질질|끌려|발끝이 걸려|"
    r"안 들려|안 들어져|"
    r"沒力|没力|拍地|抬不起來|抬不起来|足が上がらな|つまずく|발목이 안|발이 처지|"
    r"无力|無力|没劲|沒勁|没有力气|沒有力氣|没力气|使不上劲|使不上力|抬不起|提不起|越来越弱|越來越弱|"
    r"足下垂|垂足|拖着走|拖著走|力が入らな|力が入りません|脱力|上がらな|上がりません|引きず|"
    r"힘이 없|힘이 빠|힘이 안|힘이 들어가지|못 들|안 올라|끌리|끌고|처져|"
    r"कमज़ोर|कमजोर|ताकत नहीं|ताक़त नहीं|उठा नहीं|उठता नहीं|घसीट|लटक|"
    r"দুর্বল|শক্তি নেই|জোর নেই|তুলতে পারছি না|উঠছে না|টেনে|ঝুলে|"
    r"ضعیف|ضعف|قدرت ندار|قدرت نداره|بالا نمیاد|بالا نمی آید|کمزور|طاقت نہیں|گھسیٹ|"
    r"חולשה|חלשה|חלש|לא מצליח להרים|לא מצליחה להרים|נגרר|צניחת|"
    r"ไม่มีแรง|อ่อนแรง|ยกไม่ขึ้น|เท้าตก|ลากขา|ลากเท้า"
)
_BLADDER_BOWEL = any_of(
    r"(대변|소변|변)을? 못 참|속옷에 묻|尿.{0,4}漏|漏尿|(尿|便).{0,6}控制不住|টের পাই না|"
    r"पेशाब.{0,12}निकल जा|पेशाब.{0,25}पता (ही )?नहीं चल|بی ?اختیار (مدفوع|ادرار)|مدفوع کردم|خودمو خیس|"
    r"失禁|尿不出|排不出尿|解不出小便|小便解不出|憋不住|"
    r"控制不住(大|小)便|大小便控制|大小便失控|尿裤子|尿褲子|"
    r"尿が出な|尿が出にく|おしっこが出な|漏らし|もらし|排尿でき|排便をコントロール|"
    r"소변이 안|소변을 못|소변 조절|대변 조절|실금|지렸|오줌이 안|오줌을 못|"
    r"पेशाब (नहीं|रुक|पर|अपने)|पेशाब निकल|पेशाब का पता नहीं|मल पर|शौच पर (नियंत्रण|कंट्रोल)|कपड़ों में पेशाब|"
    r"প্রস্রাব (আটকে|হচ্ছে না|নিয়ন্ত্রণ|ধরে রাখতে)|প্রস্রাব বের হচ্ছে না|পায়খানা নিয়ন্ত্রণ|"
    r"কাপড়ে প্রস্রাব|"
    r"ادرار(م)? (نمی|نمیاد|کنترل|بند)|بی اختیاری|کنترل ادرار|کنترل مدفوع|پیشاب (نہیں|پر|رک|نکل)|"
    r"בריחת שתן|שליטה על (השתן|הסוגרים|המעיים)|לא מצליח להשתין|לא מצליחה להשתין|לא יכול להשתין|"
    r"ปัสสาวะไม่ออก|กลั้นปัสสาวะไม่|กลั้นอุจจาระไม่|ฉี่ไม่ออก|ฉี่ราด|ฉี่เล็ด|อั้นฉี่ไม่"
)
_FEVER = any_of(
    r"காய்ச்சல்|జ్వరం|ಜ್ವರ|പനിയ|പനി ഉണ്ട|പനിയും|તાવ|ਬੁਖਾਰ|ਬੁਖ਼ਾਰ|"
    r"3[89](\.\d)?度|3[89](\.\d)? ?℃|3[89](\.\d)?도|"
    r"发烧|發燒|发热|發熱|高烧|高燒|寒战|寒顫|打冷颤|熱がある|熱が出|発熱|高熱|寒気|悪寒|"
    r"열이 나|열이 있|열나|고열|오한|बुखार|बुख़ार|ज्वर|কাঁপুনি|জ্বর|(?<![آ-ی])تب(?![آ-ی])|لرز|بخار|"
    r"(?<![א-ת])[וש]?חום(?![א-ת])|צמרמורת|ไข้|หนาวสั่น"
)
_DRUGS_INJECTED = any_of(
    r"注射毒品|静脉注射毒品|吸毒|海洛因|覚醒剤|薬物注射|"
    r"麻薬|마약 주사|헤로인|हेरोइन|ड्रग्स का इंजेक्शन|হেরোইন|"
    r"هروئین|تزریق مواد|הרואין|הזרקת סמים|เฮโรอีน|ฉีดยาเสพติด"
)
_CANCER = any_of(
    r"cancer|tumou?r|chemo|metasta|"
    r"癌|肿瘤|腫瘤|腫瘍|化疗|化療|抗がん剤|がん(?!ば|こ)|ガン|항암|"
    r"종양|암(?=이|을|은|으로|투병|치료|수술|진단|환자|\s|$)|"
    r"전이|कैंसर|कर्करोग|ट्यूमर|कीमो|ক্যান্সার|ক্যানসার|টিউমার|কেমো|سرطان|تومور|شیمی درمانی|کیموتراپی|"
    r"סרטן|גידול|כימותרפיה|גרורות|転移|轉移|骨转移|มะเร็ง|เนื้องอก|คีโม"
)
_WEIGHT_LOSS = any_of(
    r"وزن.{0,15}کم (ہو|هو|شد)|کلو.{0,12}کم (ہو|هو|شد)|"
    r"体重.{0,6}(掉|减|減|下降)|體重.{0,6}(掉|減|下降)|掉了\d+(公斤|斤|kg)|\d+(キロ|kg)(も)?(痩せ|減っ)|"
    r"体重下降|体重减轻|體重減輕|体重掉|體重掉|莫名消瘦|瘦了|掉了\d*斤|体重が減|痩せ|やせてき|"
    r"체중이 줄|살이 빠|몸무게가 줄|वजन कम हो|वज़न कम हो|वजन घट|वज़न घट|ওজন কমে|وزن(م)? کم|وزن گھٹ|"
    r"ירדתי במשקל|ירידה במשקל|ירד במשקל|ירדה במשקל|น้ำหนักลด"
)
_FALL = any_of(
    r"치이|치였|치여|"
    r"꽈당|追突|事故|طحت|وقعت من|سقطت من|"
    r"받혔|치였|차에 치|"
    r"অ্যাক্সিডেন্ট|ٹکر|از تخت افتاد|افتاد|ลื่น(?!ไหล)|กระแทกพื้น|"
    r"滑倒|摔跤|摔了一跤|落ちまし|階段から|떨어지셨|넘어지셨|미끄러지셨|"
    r"摔倒|摔了|跌倒|摔下|跌下|车祸|車禍|撞车|撞車|被车撞|被車撞|从楼梯|從樓梯|転倒|転んで|転んだ|"
    r"落ちて|落ちた|交通事故|넘어졌|넘어져|떨어졌|떨어져서|교통사고|미끄러|गिर (गया|गई|गयी|पड़)|"
    r"एक्सीडेंट|दुर्घटना|পড়ে (গেছি|গিয়ে|গেলাম|গেছেন|গেছে)|দুর্ঘটনা|এক্সিডেন্ট|زمین خوردم|زمین خورد|"
    r"افتادم|تصادف|گر (گیا|گئی|پڑا|پڑی)|حادثه|ایکسیڈنٹ|נפלתי|נפל(?!א)|נפלה|תאונה|ล้ม(?!เหลว)|"
    r"ตกบันได|ตกจาก|อุบัติเหตุ|รถชน|ลื่นล้ม"
)
_TEARING = any_of(
    r"裂け|割れるよう|裂开|裂開|바리|쪼개지는|"
    r"撕裂|撕开|裂けるよう|引き裂|찢어지는|찢기는|चीरने|फटने जैसा|ছিঁড়ে যাওয়ার|ছিঁড়ে যাচ্ছে|پاره شدن|"
    r"پاره میشه|کاٹ رہا|קורע|נקרע|ฉีกขาด|ฉีก"
)
_CHEST_PAIN = any_of(
    r"सीने में .{0,12}दर्द|छाती में .{0,12}दर्द|"
    r"胸悶|胸闷|胸口.{0,2}(悶|闷)|"
    r"胸もいた|胸も痛|冷や汗|식은땀|出冷汗|"
    r"胸痛|胸口痛|胸口疼|胸口闷|胸が痛|胸の痛み|胸が苦し|가슴이 아프|가슴 통증|가슴이 답답|"
    r"सीने में दर्द|छाती में दर्द|सीने में जकड़न|বুকে ব্যথা|বুকে চাপ|درد قفسه سینه|سینه ?(ام|م)? درد|"
    r"سینے میں درد|כאב בחזה|כאבים בחזה|לחץ בחזה|เจ็บหน้าอก|แน่นหน้าอก"
)
_SELF_HARM = any_of(
    r"தற்கொலை|சாகணும்|வாழ விருப்பமில்ல|வாழ பிடிக்கல|ఆత్మహత్య|చచ్చిపోవాలని|బ్రతకాలని లేదు|ಆತ್ಮಹತ್ಯೆ|"
    r"ಸಾಯಬೇಕು|ಬದುಕೋಕೆ ಇಷ್ಟ ಇಲ್ಲ|ആത്മഹത്യ|മരിക്കണം|ജീവിക്കാൻ തോന്നുന്നില്ല|આત્મહત્યા|મરી જવું છે|"
    r"જીવવું નથી|ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਮਰ ਜਾਣਾ|ਗੋਲੀਆਂ ਇਕੱਠੀਆਂ|"
    r"手紙(を)?書いておいた|手紙(を)?書いた|다 나눠줬|다 나눠 줬|किसी को परेशान नहीं कर|सॉरी वाला मैसेज|"
    r"כתבתי מכתב(ים)? ל|"
    r"(药|藥).{0,6}(攒|攢)|(攒|攢).{0,6}(药|藥|盒)|もういない|いなくなる|引き取り先|끝내고 싶|"
    r"사는 ?게 의미가 없|살 의미가 없|বাঁচার কোনো মানে|বেঁচে থাকার (কোনো )?মানে|"
    r"(বই|গিটার|জিনিস).{0,20}দিয়ে দি|وصیت|میں نہ رہوں|فرق نہیں پڑے|جمعشون میکنم|همه رو با ?هم|"
    r"رسائل وداع|رسالة وداع|זה כבר יותר מדי|מתי זה נגמר|แจก.{0,10}หมดแล้ว|ไม่ต้องทนอีก|คงไม่ต้องทน|"
    r"모아 ?둔 (진통제|수면제|약)|한번에 다 먹|다 줬어요|버틸 이유가 없|살 이유가 없|מכתב(י)? פרידה|"
    r"お別れの手紙|작별 편지|विदाई (पत्र|चिट्ठी)|বিদায়ী চিঠি|نامه خداحافظی|الوداعی خط|"
    r"(गोलियाँ|गोलियां|गोली).{0,25}जमा|जमा कर (रहा|रही) (हूँ|हूं)|सब के लिए खत|"
    r"আমার আর লাগবে না|সব দিয়ে দিয়েছি|سب کے لیے خط|خط لکھ کر|دیگه نباشم|دیگر نباشم|نخواهم بود|"
    r"ไม่ต้องห่วงเรา|ลาก่อน|แจกของ|ฝาก.{0,8}เลี้ยงแล้ว|میرے بغیر (آسانی|بہتر|سکون)|بدون من (راحت|بهتر)|"
    r"मेरे बिना (सब|बेहतर|आसान)|আমাকে ছাড়া (সবাই|ভালো)|בלעדיי|没有我.{0,6}(更好|轻松|輕鬆)|"
    r"私がいない方が|いなくなった方が|내가 없으면.{0,8}(편할|나을)|없어지는 게 나|"
    r"跳下去|跳楼|跳樓|飛び降り|뛰어내리|活着.{0,2}没意思|活著.{0,2}沒意思|不在了|成了.{0,6}(负担|負擔)|"
    r"拖累|迷惑(を)?かけたくない|みんなへの手紙|最後の手紙|(薬|くすり).{0,4}(ため|貯め)てある|"
    r"(全部|ぜんぶ)飲|一次(全)?吃完|全部吃掉|(攒|攢|存)(了|够|夠)?.{0,4}(药|藥)|(托|託)給|托付给|"
    r"密(码|碼).{0,6}(写|寫)好|遗言|遺言|后事|後事|짐이 되|다 먹으려|모아 ?둔 약|마지막 인사|작별 인사|"
    r"自杀|自殺|不想活|活不下去|活着没意思|活著沒意思|想死|轻生|輕生|结束生命|結束生命|了结自己|遗书|遺書|"
    r"割腕|自残|自殘|自傷|死にたい|消えたい|生きていたくな|生きるのがつら|リストカット|楽になりたい|"
    r"자살|죽고 ?싶|살고 ?싶지 않|살기 싫|유서|자해|사라지고 싶|"
    r"आत्महत्या|मरना चाह|जीना नहीं चाह|जीने का मन नहीं|मर जाना चाह|खुद को (नुकसान|चोट)|ख़ुद को (नुकसान|चोट)|"
    r"আত্মহত্যা|মরে যেতে চাই|বাঁচতে চাই না|মরতে চাই|নিজের ক্ষতি|"
    r"خودکشی|میخواهم بمیرم|میخوام بمیرم|نمیخواهم زنده|نمیخوام زنده|آسیب به خودم|مرنا چاه|جینا نہیں چاه|"
    r"مر جانا چاه|התאבד|רוצה למות|לא רוצה לחיות|לפגוע בעצמי|ฆ่าตัวตาย|อยากตาย|ไม่อยากอยู่|"
    r"ไม่อยากมีชีวิต|จบชีวิต|ทำร้ายตัวเอง"
)
# Words that name suicide without wishing it, which a general question may use.
_NAMES_SUICIDE = re.compile(r"自杀|自殺|자살|आत्महत्या|আত্মহত্যা|خودکشی|התאבדות|ฆ่าตัวตาย")


# What makes any fall an emergency: old age or brittle bones.
_AT_RISK = any_of(
    r"[6-9]0대|[6-9]0代|[6-9]0多岁|[6-9]0多歲|"
    r"อายุ ?[6-9]\d|[6-9]\d ?سال(ه|شه)|"
    r"骨质疏松|骨質疏鬆|骨粗鬆症|골다공증|ऑस्टियोपोरोसिस|অস্টিওপোরোসিস|پوکی استخوان|אוסטאופורוזיס|กระดูกพรุน|"
    r"osteoporosis|[6-9]\d ?(岁|歲|歳|세|साल|বছর|ساله|سال|שנים|ปี)|奶奶|爷爷|爺爺|外婆|外公|祖母|祖父|"
    r"할머니|할아버지|"
    r"दादी|नानी|दादा|नाना|ঠাকুমা|দিদিমা|দাদি|নানি|مادربزرگ|پدربزرگ|دادی|نانی|סבתא|סבא|คุณยาย|คุณย่า|คุณตา|"
    r"คุณปู่"
)
# Words that say a red flag of the past is over: healed, checked, no fracture.
_OVER = any_of(
    r"熱も下がっ|ただの風邪(って|と)言われ|קיבלתי אנטיביוטיקה|"
    r"有去醫院|有去医院|去过医院|去過醫院|康复了|康復了|已经康复|已經康復|在復健|在复健|穩定|稳定|تحسنت|"
    r"ไปหาหมอแล้ว|ไม่เจออะไร|"
    r"หายไปนานแล้ว|治好|已经好了|已經好了|都好了|早就好了|痊愈|痊癒|没骨折|沒骨折|没有骨折|沒有骨折|不疼了|"
    r"不痛了|治った|完治|骨折はな|大丈夫でした|다 나았|"
    r"다 괜찮아요|지금은 괜찮아요|이제 괜찮아요|골절은 없|재활 다|ठीक हो (गया|गई|गयी)|ভালো হয়ে গেছে|سالم|"
    r"خوب شدم|ٹھیک ہو (گیا|گئی)|החלמתי|"
    r"הכל בסדר|หายแล้ว|หายดีแล้ว|אין שבר|בלי שבר|ללא שבר|מרגיש יותר טוב|מרגישה יותר טוב"
)
# A message that says it only wonders ("只是好奇", "一般論として", "그냥 궁금"), whoever it names.
_CURIOUS = any_of(
    r"没有这种情况|沒有這種情況|"
    r"general में|general me|मुझे ऐसा कुछ नहीं|सिर्फ पूछ|سمعت|"
    r"ถามเฉยๆ|ไม่ได้เป็นเอง|پایان ?نامه|کلاس میں بحث|nursing|"
    r"只是好奇|单纯想了解|單純想了解|纯属好奇|純屬好奇|一般論として|純粋に|그냥 궁금|일반적인 질문|"
    r"순수하게 궁금|"
    r"बस जानना|सिर्फ़ जानकारी|सिर्फ जानकारी|सामान्य जानकारी|শুধু জানতে|সাধারণ প্রশ্ন|فقط کنجکاو|سوال کلی|"
    r"صرف معلومات|"
    r"عمومی سوال|סתם מתעניין|שאלה כללית|מתוך סקרנות|แค่สงสัย|ถามทั่วไป|อยากรู้เฉยๆ"
)
# A wish to die said and then called an exaggeration ("不是真的想死啦，就是夸张一下").
_FIGURE_OF_SPEECH = any_of(
    r"ガチじゃな|本気じゃな|マジじゃな|לא ברצינות|רק ביטוי|סתם ביטוי|"
    r"不是真的想|不是真的要|夸张一下|誇張一下|(?<!不是)(?<!没)(?<!沒)开玩笑的|(?<!不是)開玩笑的|"
    r"大げさに言っただけ|"
    r"本当に.{0,8}じゃない|冗談です|冗談だよ|농담이에요|농담이야|진심 아니|과장(한|해서)|मज़ाक (कर रहा|था)|"
    r"मजाक कर रहा|"
    r"ঠাট্টা করছিলাম|شوخی (کردم|بود)|סתם צחקתי|בצחוק|ล้อเล่น|بد گفتم|منظورم (واقعا |واقعاً )?این نبود"
)
# A turn that corrects an earlier one: a typo, or "I meant my grandmother".
_CORRECTION = any_of(
    r"พิมพ์ไม่ครบ|พิมพ์ผิด|打错了|打錯了|打ち間違え|오타|टाइपो|ভুল লিখেছি|اشتباه تایپ|טעות הקלדה|"
    r"หมายถึง(คุณ)?(ยาย|ย่า|ตา|แม่|พ่อ|เพื่อน)|我说的是我?(妈|爸|朋友)|我說的是我?(媽|爸|朋友)|"
    r"התכוונתי ל(אמא|אבא|חבר)|منظورم (مادرم|پدرم|دوستم)"
)


def _flag(name: str, pattern: str, *requires: str) -> RedFlag:
    compiled = (re.compile(normalize(p)) for p in requires)
    return RedFlag(name, re.compile(normalize(pattern)), tuple(compiled))


_RED_FLAGS: tuple[RedFlag, ...] = (
    _flag("self_harm", _SELF_HARM),
    _flag("bladder_bowel", _BLADDER_BOWEL),
    _flag("saddle_numbness", _NUMB, _SADDLE),
    _flag("leg_weakness", _WEAK, _LEG),
    _flag("vascular_or_heart", _TEARING, any_of(BACK, PAIN)),
    _flag("vascular_or_heart", _CHEST_PAIN),
    _flag("infection", _FEVER, any_of(BACK, PAIN)),
    _flag("infection", _DRUGS_INJECTED, any_of(BACK, PAIN)),
    _flag("cancer_history", _CANCER, PAIN),
    _flag("weight_loss", _WEIGHT_LOSS, any_of(BACK, PAIN)),
    _flag("major_trauma", _FALL, any_of(BACK, PAIN)),
    _flag("fall_at_risk", _FALL, _AT_RISK),
)

# A negation just before a red flag ("没有发烧", "אין חום", "ไม่มีไข้") or just after it
# ("熱はない", "열은 없어요", "बुखार नहीं", "জ্বর নেই", "تب ندارم").
_NEGATION_BEFORE = re.compile(
    normalize(r"((?<![آ-ی])نه|不|没有?|沒有?|无|無|未|否认|안 |कोई|बिना|بدون|אין|בלי|ללא|לא|ไม่มี|ไม่)\s*$")
)
_NEGATION_AFTER = re.compile(
    normalize(
        r"^\s*(は|も|が|ও|भी|도|은|는)?\s*(ない|無い|ありません|なし|없|않|नहीं|नही|না|নেই|নাই|ندار|نیست|"
        r"نہیں|نهیں)"
    )
)
_LONG_AGO = re.compile(
    normalize(
        r"เมื่อก่อน|นานแล้ว|年前|多年前|几年前|幾年前|小时候|小時候|昔|년 전|예전에|어릴 때|साल पहले|"
        r"बचपन में|"
        r"বছর আগে|ছোটবেলায়|"
        r"سال پیش|سال قبل|سال پہلے|بچپن|去年|昨年|작년|년 지났|년이 지났|पिछले साल|গত বছর|پارسال|سال گذشته|"
        r"בשנה שעברה|לפני \S+ שנים|לפני שנים|בילדות|ปีก่อน|ปีที่แล้ว|หลายปี|ตอนเด็ก"
    )
)
# A question about anyone ("会不会导致", "수 있나요", "क्या ... हो सकता है", "האם ... יכול"), and
# words that name the writer or someone with them, which make it about them after all.
_GENERAL = re.compile(
    normalize(
        r"症状吗|症狀嗎|什么样的|什麼樣的|って聞いた|と聞いた|見分け|どう違う|"
        r"هل .{0,40}(ممکن|یمکن) (ان )?(یسبب|تسبب)|會不會|会不会|是否|可能会|可能會|会导致|會導致|会引起|"
        r"會引起|会造成|會造成|一般|通常|为什么|"
        r"為什麼|什么原因|什麼原因|"
        r"预防|預防|予防|예방|रोकथाम|پیشگیری|מניעה|ป้องกัน|"
        r"ことはありますか|ことがありますか|可能性|一般的|"
        r"起こりますか|수 있나요|수도 있나요|수 있어요\?|일반적으로|"
        r"सकता है\?|सकती है\?|सकते हैं\?|आम तौर पर|পারে\?|পারে কি|সাধারণত|آیا|ممکن است|میتونه|عام طور|"
        r"سکتا ہے\?|سکتی ہے\?|האם|בדרך כלל|יכול לגרום|יכולה לגרום|ได้ไหม|ได้หรือไม่|เป็นไปได้|โดยทั่วไป"
    )
)
_PERSONAL = re.compile(
    normalize(
        r"这两天|這兩天|这几天|這幾天|今天|昨天|刚才|剛才|现在|前阵子|"
        r"我(?!想问|想問|想了解|想请教|想請教|很好奇|只是好奇|好奇|问|問)|本人|現在|今朝|昨日|今日|さっき|"
        r"私の|僕の|俺の|母が|父が|母は|父は|제가|저는|내가|나는|지금|오늘|어제|엄마|아빠|मेरी|मेरा|मेरे|"
        r"मुझे|अभी|आज|"
        r"আমার|আমাকে|এখন|আজ|الان|امروز|دیروز|مادرم|پدرم|میرا|میری|مجھے|ابھی|آج|שלי|יש לי|עכשיו|היום|אתמול|"
        r"ตอนนี้|วันนี้|เมื่อวาน|แม่|พ่อ"
    )
)

_CURIOUS_PATTERN = re.compile(normalize(_CURIOUS))
_FIGURE_OF_SPEECH_PATTERN = re.compile(normalize(_FIGURE_OF_SPEECH))
_TAKEN_BACK = re.compile(normalize(any_of(_FIGURE_OF_SPEECH, _CORRECTION, _OVER)))
_OVER_PATTERN = re.compile(normalize(_OVER))


def _negated(text: str, start: int, end: int) -> bool:
    return bool(
        _NEGATION_BEFORE.search(text[max(0, start - 6) : start]) or _NEGATION_AFTER.match(text[end : end + 8])
    )


def _asks_in_general(text: str) -> bool:
    return bool(_CURIOUS_PATTERN.search(text) or (_GENERAL.search(text) and not _PERSONAL.search(text)))


# Letters of the scripts above: CJK, kana, hangul, the Indian scripts from Devanagari to
# Malayalam, Arabic, Hebrew, Thai. A message with none of them is left to the other word lists.
_SCRIPT_LETTER = re.compile(
    "[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0900-\u0d7f\u0600-\u06ff\u0590-\u05ff\u0e00-\u0e7f]"
)


def taken_back_in_other_scripts(text: str) -> bool:
    """Whether `text` calls an earlier turn a figure of speech, corrects it or says it is over
    ("不是真的想死啦", "พิมพ์ผิด", "有去醫院了 現在在復健")."""
    return bool(_TAKEN_BACK.search(normalize(text)))


def red_flag_in_other_scripts(message: str, context: str = "") -> tuple[str, str] | None:
    """The name of the red flag `message` tells in one of the scripts above and the words that
    tell it, or None. `context` (earlier turns) may supply what a red flag requires."""
    text, around = normalize(message), normalize(f"{message}\n{context}")
    if not _SCRIPT_LETTER.search(around):
        return None
    general = _asks_in_general(text)
    for flag in _RED_FLAGS:
        if general and flag.name != "self_harm":
            continue  # "腰椎间盘突出会导致小便失禁吗？" asks about anyone
        if not all(required.search(around) for required in flag.requires):
            continue
        past, over = _LONG_AGO.search(text), _OVER_PATTERN.search(around)
        if flag.name == "self_harm":
            if _FIGURE_OF_SPEECH_PATTERN.search(text):
                continue  # "不是真的想死啦，就是夸张一下"
        elif flag.name != "cancer_history" and (past or over):
            continue  # "上个月摔了一跤，拍了片子说没骨折", "예전에 ... 다 괜찮아요": over and done with
        for match in flag.pattern.finditer(text):
            if flag.name == "self_harm":
                if general and _NAMES_SUICIDE.fullmatch(match.group(0)):
                    continue
            elif _negated(text, match.start(), match.end()):
                continue
            return flag.name, match.group(0)
    return None


# Requests for personal advice: a medicine named beside "may I take", "how many", "stop", or a
# question whether the writer needs surgery or what they have.
_MEDICINE = any_of(
    r"洛索洛芬|止痛贴|止痛貼|アスピリン|バイアスピリン|나프록센|"
    r"[a-z]*(ibupro|naprox|diclof|paracet|tramad|gabapent|pregabal|lyrica|celecox|etoricox|arcoxia|meloxic|"
    r"tolperis|eperis|cyclobenz|tizanid|oxycod|morphin|codein|predniso|duloxet|amitript|aspirin|tylenol|"
    r"advil|panadol)[a-z]*|"
    r"\d+ ?mg|เม็ด|ملوکسیکام|دیکسامیثازون|دکسامیثازون|کورتیزون|آسپرین|ناپروکسن|אוקסיקודון|ארקוקסיה|"
    r"トラムセット|デパス|ノイロトロピン|"
    r"サインバルタ|ミオナール|셀레콕시브|에페리손|아스피린|스테로이드|"
    r"布洛芬|对乙酰氨基酚|對乙醯胺基酚|扑热息痛|撲熱息痛|曲马多|"
    r"曲馬多|加巴喷丁|加巴噴丁|普瑞巴林|双氯芬酸|雙氯芬酸|"
    r"塞来昔布|塞來昔布|美洛昔康|乙哌立松|止痛药|止痛藥|止疼药|止疼藥|肌松|药|藥|"
    r"ロキソニン|ロキソプロフェン|イブプロフェン|カロナール|"
    r"アセトアミノフェン|トラマドール|リリカ|プレガバリン|"
    r"タリージェ|セレコックス|ボルタレン|鎮痛剤|痛み止め|薬|"
    r"이부프로펜|타이레놀|트라마돌|가바펜틴|리리카|프레가발린|진통제|소염제|근이완제|약을|약은|약이|약 |"
    r"आइबुप्रोफेन|पेरासिटामोल|पैरासिटामोल|ट्रामाडोल|गैबापेंटिन|प्रीगाबलिन|प्रेगाबलिन|दर्द निवारक|दवा|गोली|"
    r"আইবুপ্রোফেন|প্যারাসিটামল|ট্রামাডল|ওষুধ|ঔষধ|ট্যাবলেট|বড়ি|"
    r"ایبوپروفن|استامینوفن|ترامادول|گاباپنتین|پرگابالین|دیکلوفناک|دارو|قرص|مسکن|دوا|گولی|پیناڈول|بروفین|"
    r"איבופרופן|אקמול|נורופן|אדוויל|טרמדול|גבפנטין|ליריקה|תרופ|כדור|משכך כאבים|"
    r"ไอบูโพรเฟน|พาราเซตามอล|ทรามาดอล|กาบาเพนติน|ยาแก้ปวด|ยาคลายกล้ามเนื้อ|กินยา|ทานยา"
)
_MAY_I_OR_HOW_MUCH = any_of(
    r"کھا سکت|چلےگا|चलेगा क्या|ठीक रहेगा क्या|खा सकत|पी सकत|خود سے|سوئچ کر|"
    r"كم (حبة|حباية|حبايه|قرص) (اخد|اخذ|اشرب)|"
    r"能不能再加|再加个|再加個|一起用|"
    r"با هم خورد|میشه.{0,12}خورد|לשלב|שתיים ביחד|ביחד\?|ได้มั้ย|คู่กับ|一緒でも|두 알|몇 개|"
    r"可以吃|能吃|能不能吃|可不可以吃|可以一起|一起吃|同时吃|"
    r"同時吃|可以服用|能服用|吃几片|吃幾片|几颗|幾顆|吃多少|"
    r"剂量|劑量|用量|飲んでも|飲んで大丈夫|一緒に飲|併用|"
    r"何錠|먹어도 (되|괜찮)|같이 먹|함께 먹|복용해도|몇 알|몇 정|"
    r"용량|ले सकत|साथ में ले|कितनी|खुराक|डोज|একসাথে খা|খেতে পারি|খাওয়া যাবে|কতটা|কয়টা|ডোজ|"
    r"میتونم (بخورم|مصرف)|میتوانم (بخورم|مصرف)|با هم بخورم|چند تا|چندتا|دوز|لے سکت|ساتھ لے|کتنی|خوراک|"
    r"אפשר לקחת|מותר לקחת|יכול לקחת|יכולה לקחת|לקחת ביחד|כמה כדורים|מינון|"
    r"กินได้ไหม|ทานได้ไหม|กินพร้อม|ทานพร้อม|กี่เม็ด|ขนาดยา"
)
_CHANGE = any_of(
    r"やめ(と|て)いた?(ほう|方)がいい|やめた(ほう|方)がいい|להכפיל|"
    r"دو برابر|끊어야|اوقفه|اوقفها|اقلله|اقللها|ازوده|ازودها|اقلل الجرعة|ازود الجرعة|"
    r"停药|停藥|停掉|不吃了|减量|減量|加量|加倍|"
    r"やめても|やめていい|減らして|増やして|끊어도|끊을까|줄여도|늘려도|"
    r"두 배|बंद कर|छोड़ द|बढ़ा|डबल|বন্ধ কর|বাড়িয়ে|دوبرابر|قطع کنم|قطعش کنم|کم کنم|زیاد کنم|بند کر|להפסיק|"
    r"להוריד את המינון|להעלות את המינון|כפול|หยุดยา|หยุดกิน|เพิ่มยา|ลดยา|สองเท่า"
)
_OWN_DIAGNOSIS = any_of(
    r"(سرجری|آپریشن) (کرانی|کروانی|کرانا|کروانا) (پڑے|پڑ)|میرے کیس میں|میرے لیے خطرناک|لگواؤں یا نہیں|"
    r"کروں یا نہیں|我这是不是|我這是不是|我是不是|要做手术了|要做手術了|你觉得我是|你覺得我是|"
    r"我需要.{0,12}(吗|嗎)|我要不要|我的.{0,12}是不是|手術しかない|私.{0,10}(ですか|でしょうか)\?|"
    r"我需要手术吗|我需要手術嗎|我要做手术吗|需不需要手术|"
    r"需不需要手術|要不要开刀|要不要開刀|我得了什么病|我这是什么病|"
    r"我是什么病|我這是什麼病|手術が必要です?か|手術した方がいい|"
    r"私は何の病気|수술(을|이)? ?해야|수술이 필요한가|"
    r"제가 무슨 병|무슨 병인가요|क्या मुझे (सर्जरी|ऑपरेशन)|"
    r"मुझे क्या (हुआ|बीमारी)|আমার কি অপারেশন|আমার কী হয়েছে|"
    r"آیا (من )?(نیاز به )?جراحی|باید جراحی کنم|من چه (بیماری|مشکلی)|"
    r"کیا مجھے (آپریشن|سرجری)|مجھے کیا (ہوا|بیماری)|"
    r"צריך ניתוח\?|צריכה ניתוח\?|מה יש לי|ต้องผ่าตัดไหม|ต้องผ่าตัดหรือไม่|ผมเป็นอะไร|ฉันเป็นอะไร|หนูเป็นอะไร"
)
_ADVICE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "medication_change",
        re.compile(normalize(f"{_MEDICINE}.{{0,30}}{_CHANGE}|{_CHANGE}.{{0,30}}{_MEDICINE}")),
    ),
    (
        "own_medicine",
        re.compile(
            normalize(f"{_MEDICINE}.{{0,30}}{_MAY_I_OR_HOW_MUCH}|{_MAY_I_OR_HOW_MUCH}.{{0,30}}{_MEDICINE}")
        ),
    ),
    ("own_diagnosis", re.compile(normalize(_OWN_DIAGNOSIS))),
)


def advice_in_other_scripts(message: str) -> tuple[str, str] | None:
    """The kind of personal advice `message` asks for in one of the scripts above and the words
    that ask, or None, as for `advice_in_other_languages`."""
    text = normalize(message)
    if not _SCRIPT_LETTER.search(text) or _asks_in_general(text):
        return None
    for name, pattern in _ADVICE:
        if match := pattern.search(text):
            return name, match.group(0)
    return None


_SPINE = re.compile(normalize(BACK))


def mentions_spine_in_other_scripts(message: str) -> bool:
    """Whether the message names the back, neck or spine in one of the scripts above."""
    return bool(_SPINE.search(normalize(message)))


# Other body parts' conditions and other tasks, which are outside our scope unless the back is
# named too ("膝と腰が痛い" is about the back as well).
_OTHER_BODY = any_of(
    r"膝|ひざ|무릎|घुटन|হাঁটু|زانو|(?<![א-ת])ה?ברך|เข่า|手腕|手首|손목|कलाई|কব্জি|مچ دست|שורש כף היד|"
    r"ข้อมือ|(?<!班)(?<!萄)牙|歯|치아|"
    r"이빨|दांत|দাঁত|دندان|שיניים|ฟัน|偏头痛|偏頭痛|片頭痛|편두통|माइग्रेन|মাইগ্রেন|میگرن|מיגרנה|ไมเกรน|"
    r"跟腱|アキレス|"
    r"아킬레스|גיד אכילס|เอ็นร้อยหวาย|足底筋膜|족저근막|网球肘|網球肘|テニス肘|테니스 엘보|肩周炎|五十肩|"
    r"오십견|손목터널|"
    r"腕管|手根管|حرقة بالمعدة|حرقة في المعدة|حموضة|ارتجاع|معدتی"
)
_OTHER_TASK = any_of(
    r"डायबिटीज|शुगर में|ذیابیطس|شوگر میں|"
    r"帮我写|幫我寫|请假条|請假條|演唱会|演唱會|netflix|ドラマ|ラーメン|"
    r"写一首|寫一首|写诗|寫詩|詩を|作文|翻译|翻譯|翻訳|번역|食谱|食譜|レシピ|레시피|요리법|रेसिपी|রেসিপি|"
    r"دستور پخت|"
    r"طرز تهیه|מתכון|สูตรอาหาร|天气|天氣|天気|날씨|मौसम|আবহাওয়া|آب و هوا|מזג האוויר|สภาพอากาศ|代码|程式|"
    r"コード|"
    r"코드|python|excel|股票|株価|주식|电影|電影|映画|영화|फिल्म|সিনেমা|فیلم|סרט(?!ן)|ภาพยนตร์"
)
_OTHER_TOPICS = (
    ("other_body_part", re.compile(normalize(_OTHER_BODY))),
    ("other_task", re.compile(normalize(_OTHER_TASK))),
)


def other_topic_in_other_scripts(message: str) -> tuple[str, str] | None:
    """The rule name and the words of a message in one of the scripts above that is about
    another body part or another task and names no back, or None."""
    text = normalize(message)
    if not _SCRIPT_LETTER.search(text) or _SPINE.search(text):
        return None
    for name, pattern in _OTHER_TOPICS:
        if match := pattern.search(text):
            return name, match.group(0)
    return None
