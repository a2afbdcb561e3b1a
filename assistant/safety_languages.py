"""Red flags told in languages other than English.

The rules in `safety.py` read English and the embedding model is an English one, so an
emergency told in Portuguese or Hinglish used to get the scope message. Visitors of the site
write in many languages, and missing an emergency is the worst error the product can make, so
here are the red flags again, as word lists for the languages our visitors write most. They are
plainer than the English rules: a red flag counts unless a negation stands just before it or a
general question asks about it with no one named, and a fall or an injury counts unless the
message says it was years ago. They tune for recall; the classifier weighs them like any rule.

Text is matched folded: lower case, accents stripped, so "não" and "nao", "düştüm" and
"dustum" read alike, as they do when typed on a phone without accents.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from assistant.safety_flags import RedFlag, any_of
from assistant.safety_scripts import (
    advice_in_other_scripts,
    mentions_spine_in_other_scripts,
    red_flag_in_other_scripts,
    taken_back_in_other_scripts,
)

# Letters that carry no combining accent and so survive Unicode decomposition.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"})
# Cyrillic letters whose breve or diaeresis is part of the letter, kept as they are.
_KEEP_MARKS = {"й": "\0", "ё": "\1", "ї": "\2"}


def fold(text: str) -> str:
    """`text` in lower case without accents: "Não consigo" -> "nao consigo"."""
    text = text.lower().translate(_PLAIN_LETTERS)
    for letter, placeholder in _KEEP_MARKS.items():
        text = text.replace(letter, placeholder)
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    for letter, placeholder in _KEEP_MARKS.items():
        bare = bare.replace(placeholder, letter)
    return bare


# Words for the back, neck and spine, and for pain. Latin-script words are whole words; the
# word boundary also works for Cyrillic and Arabic script.
BACK = any_of(
    r"plati|(i|ti|sti|tin) mesi|mesi mou|лопатк\w*|"
    r"ghar e (\w+ )?(jhotka|byatha|betha)|"
    r"heori|beibu|yaobu|ghare|ghaar|kamar(am)?|"
    r"senaka|koshi|yao ?teng|yao ?zhui|jing ?zhui|"
    r"nacken\w*|ruckenschmerz\w*|kreuzschmerz\w*|kark|fitig\w*|fitik\w*|осанк\w*|postura|postawa|"
    r"zada|zad|zadech|bederni|pater\w*|plotenk\w*|"
    r"espalda|columna|lumbar(es)?|lumbago|ciatic\w*|cuello|cervical(es)?|coxis|rinones|costas|coluna|"
    r"lombar|pescoco|hernia de disco|disco|cocc?ix|dos|colonne|rachis|lombaires?|reins|nuque|sciatique|"
    r"lumbago|schiena|colonna|lombare|collo|sciatica|ernia|rucken\w*|ruckens|wirbel\w*|bandscheibe\w*|"
    r"kreuz|nacken|ischias|steissbein|hexenschuss|kamar|peeth|pith|reedh|ridh|gardan|kamr|likod|"
    r"balakang|gulugod|batok|leeg|punggung|tulang belakang|pinggang|tengkuk|saraf kejepit|plec\w*|"
    r"kregoslup\w*|ledzwi\w*|karku|rwa kulszowa|dysk\w*|spate|spatele|coloana|lombar\w*|gat\w*|sciatic|"
    r"спин\w*|позвоночник\w*|поясниц\w*|ше[яюи]|грыж\w*|хребт\w*|поперек\w*|bel(im|imde|imin|inde|i)?|"
    r"sirt\w*|omurga\w*|boyn\w*|fitik|lung|cot song|that lung|co|rug|ruggengraat|wervel\w*|onderrug|"
    r"nek|hernia|ظهر\w*|ظهري|العمود الفقري|فقرات|رقبت?ي|dahri|da?hr|rucke\w*|ruecken\w*|wirbelsaeule|"
    r"belakang|mgongo\w*|punggung\w*|cintura|komor|pith\w*|sti mesi|μεση|πλατη|ραχη|rugpijn|"
    r"rugklacht\w*|spyn\w*|poperek|szyi|szyj\w*|(ال)?رقب(ة|ه|تي)|(ال)?غضروف\w*|diski|uti wa mgongo|"
    r"δισκοκηλ\w*|αυχεν\w*"
)
PAIN = any_of(
    r"ponos|pona\w*|unaniuma|inaniuma|"
    r"apa-?(yo|seo|ga|jigo|jyeo)\w*|apeu\w*|tongjeung|puad|jeb|byatha|dard-?e|"
    r"(bei|yao|beibu|yaobu) ?(tong|teng)|"
    r"itai|itakute|itami|yao ?teng|"
    r"dolor\w*|duele\w*|dor(es)?|doi|doendo|douleur\w*|mal|dolore|fa male|\w*schmerz\w*|weh|dard|"
    r"dukh\w*|sakit|masakit|nyeri|bol\w*|boli|durere\w*|doare|бол\w*|agri\w*|aci\w*|dau|\w*pijn\w*|ألم|"
    r"الم|وجع|بيوجعني|skt|sakit\w*|maumivu|біль|inauma|unauma|zinauma|betha|byatha|πον\w*|bolyt|bolit|zhol|"
    r"mata\w*|matando|waja3|بيوجع\w*|يوجع\w*"
)
_CHEST = any_of(
    r"mune|"
    r"pecho|torax|peito|poitrine|thorax|petto|torace|brust\w*|chhati|chaati|chhaati|seen[ae]|dibdib|"
    r"dada|klatk\w*|piersi|piept\w*|груд\w*|gogs\w*|gogus\w*|nguc|borst\w*|صدر\w*|klatce|στηθ\w*|kifua|"
    r"dadanya|dada (saya|aku|sesak|nyeri|sakit)"
)
_FEVER = any_of(
    r"pyreto\w*|pyretos|riga|"
    r"yeol-?i (nago|na|isseo)\w*|ohan|3[89](\.\d)? ?do|"
    r"fiebre|calentura|febre|fievre|febbre|fieber\w*|bukh?aa?r|taap|lagnat|nilalagnat|demam|"
    r"panas tinggi|goraczk\w*|febra|температур\w*|жар|лихорад\w*|ates\w*|sot( cao)?|koorts\w*|حرارة|"
    r"حمى|سخونة|escalofrios?|(tremendo|temblando|tiritando) de frio|sud(o|ore|ori) fredd\w*|"
    r"suores? noturn\w*|sudores? nocturn\w*|sueurs? nocturne\w*|nachtschweiss\w*|calafrios?|frissons?|"
    r"brividi|schuttelfrost|panginginig|menggigil|dreszcz\w*|frisoane|озноб\w*|titreme\w*|ret run|"
    r"rillingen|قشعريرة|schuettelfrost|homa|kutetemeka|menggigil|demam panas|πυρετ\w*|ριγη|jor (asche|"
    r"ache|hoyeche)|jwor|sakhuneh|skhune|حمه"
)
_DRUGS_INJECTED = any_of(
    r"heroin\w*|drogas? (na|en la|in) (veia|vena)|(na|en la|in) (veia|vena)|mi faccio di (roba|eroina)|"
    r"drug injections?|used to inject|героин\w*|eroin\w*|me (inyecto|pico|chuto)|me injeto|"
    r"je me shoote|mi buco|spritze (mir )?(heroin|drogen)|inject\w* (drugs?|drogas?|drogues?)|"
    r"chich\w* droga|kwa sindano|nikijidunga|kujidunga|unga kwa sindano"
)
_CANCER = any_of(
    r"mieloma|myelom\w*|linfoma|lymphom\w*|leucemi\w*|"
    r"saratani|"
    r"saratan\w*|(ruxian|fei|gan|wei|jiechang|qianliexian) ?ai|"
    r"cancer\w*|cancro|tumou?r\w*|tumeur\w*|tumore|\w*krebs\w*|metasta\w*|kanser\w*|kanker|nowotw\w*|"
    r"rak(a|iem)?|ung thu|рак\w*|онколог\w*|опухол\w*|سرطان|chemo\w*|quimio\w*|kemo\w*|химио\w*|καρκιν\w*"
)
_WEIGHT_LOSS = any_of(
    r"(nzelt|nazalt) \d+ (kilo|kg)|(nimepungua|kupungua|amepungua) uzito|"
    r"ojon kome?( geche| gelo)?|tizhong (\w+ ){0,3}jiang|jiang le \d+ ?gongjin|"
    r"(perdi|perdido|bajado|bajando|baje) (\w+ ){0,2}(peso|kilos)|adelga[cz]\w*|emagre\w*|"
    r"perdi (\w+ )?(peso|quilos)|perdu (\w+ ){0,2}(poids|kilos)|maigri\w*|perso (\w+ ){0,2}(peso|"
    r"chili)|dimagrit\w*|abgenommen|gewicht verloren|(wazan|vajan|vazan|kilo) (\w+ ){0,2}(kam|gir|"
    r"ghat)\w*|pumayat|bumaba (ang )?timbang|berat badan (\w+ )?turun|turun (\w+ )?(berat|kilo)|"
    r"schudl\w*|stracil\w* (\w+ )?(kilo|wag)|am slabit|pierdut (\w+ )?(kilograme|kilogram|in greutate)|"
    r"похуд\w*|сбросил\w* (\w+ )?(вес|кило)|kilo verd\w*|zayifla\w*|sut (\w+ )?can|sut \d+ ?(kg|ky|"
    r"kilo|can)|giam (\w+ )?can|afgevallen|gewicht verloren|(خسرت|نزل) (\w+ )?وزن\w*|"
    r"perde\w* (\w+ ){0,2}(quilos|kilos|peso)|схуд\w*|ozn\w* (\w+ )?kilo|εχασε (\w+ ){0,2}κιλα"
)
_FALL = any_of(
    r"car crash|aanrijding|wywrocil\w*|kena langgar|dilanggar|kemalangan|jatuh tangga|ووقع\w*|"
    r"lom|luen lom|neomeoj\w*|chon rod|rod chon|rot chon|accident theke|accident (hoy|holo|hoyeche)|che ?huo|"
    r"oftadam|"
    r"(kuruma no )?jiko|che ?huo|shuai (dao|le)|"
    r"επεσ(ε|α|ες)|γλιστρησ\w*|"
    r"me cai\w*|se cayo|caida|(se ha|me he|ha|he|se) caid[oa]|resbal\w*|escorreg\w*|trambolh\w*|"
    r"glisse\w*|scivolat\w*|sbattut\w*|ausgerutscht|posliz\w*|walnal\w*|(accidente|choque) (de|"
    r"en) (coche|carro|auto|moto|trafico|bici\w*)|atropell\w*|cai (da|de|do|na|no)|caiu|"
    r"levei uma queda|tombo|acidente|bati o carro|tombe\w*|chute|accident (de|en) (voiture|moto|velo)|"
    r"cadut\w*|sono cadut\w*|e cadut\w*|incidente|gesturzt|sturz|\w*unfall\w*|hingefallen|hingeflogen|"
    r"gir (gaya|gayi|gai|gya|gye|pada|padi|padey|padi thi|pade)|gir ?ke|accident (ho|hua|huwa)|gira|"
    r"nahulog|natumba|nadulas|bumagsak|nabangga|aksidente|jatuh|terjatuh|kecelakaan|tabrakan|"
    r"terpeleset|ditabrak|upadl\w*|przewrocil\w*|spadl\w*|wypad(ek|ku)|potracil\w*|am cazut|a cazut|"
    r"cazatura|accident (de masina|rutier)|упал\w*|падени\w*|авари\w*|дтп|впал\w*|упав\w*|dust(um|u|"
    r"tu)\w*|kaza\w*|kaydim\w*|(bi )?nga|te nga|tai nan|bi xe tong|gevallen|ongeluk|gestruikeld|سقطت|"
    r"وقعت|وقع|حادث\w*|choque\w* con (la|el|un|una) (moto|coche|carro|auto)|ausgrutscht|gfalln|umkheit|"
    r"vpal\w*|upal\w*|truot chan|te (nga|xuong)|fisal\w*|phisal\w*|accident cu (masina|motocicleta)|"
    r"m-?a lovit\w*|ngoi bet|\w*anguka"
)
_TEARING = any_of(
    r"рв[её]тся|рвется|"
    r"desgarr\w*|rajando|raja\w* por dentro|розрива\w*|розрив\w*|como si me (rompieran|partieran|rasgaran|"
    r"arrancaran)|rasga\w*|rasgando|dechir\w*|arrach\w*|lacerant\w*|squarci\w*|strapp\w*\b(?! (muscolare|"
    r"lombare))|reissend\w*|zerreiss\w*|(chir|cheer|phat) (raha|rahi|gaya|gayi)|napunit|pinupunit|(disobek|"
    r"robek|merobek)|rozdziera\w*|rozrywa\w*|sfasi\w*|rupe\w*|разрыва\w*|раздира\w*|рвущ\w*|yirtil\w*|"
    r"yirtiyor\w*|xe (toac|rach)|scheur\w*|تمزق\w*|يتمزق|chire\w*|\w*chanik\w*|\w*pasuk\w*|shi2f\w*|yishe22|"
    r"yshe22"
)
_SUDDEN = any_of(
    r"de repente|de golpe|riz\w*|різко|repentin\w*|subit\w*|all'?improvviso|soudain\w*|d'un coup|"
    r"tout a coup|plotzlich|achanak|bigla|tiba-?tiba|nagle|brusc\w*|deodata|внезапн\w*|вдруг|aniden|"
    r"birden|dot ngot|plotseling|ineens|فجأة|faj2a|ghafla|hothat|ξαφνικ\w*"
)
_SEVERE = any_of(
    r"insoportable|horrible|terrible|el peor|insuportavel|a pior|atroce|insupportable|la pire|"
    r"insopportabile|il peggiore|unertraglich\w*|schlimmste\w*|bardasht nahi|asahaniya|bahut (zyada|"
    r"tez)|sobrang sakit|grabe|tak tertahankan|luar biasa|nie do zniesienia|okropn\w*|insuportabil\w*|"
    r"groaznic\w*|невыносим\w*|адск\w*|ужасн\w*|dayanilmaz|korkunc|khong chiu noi|du doi|"
    r"ondraaglijk\w*|vreselijk\w*|لا يحتمل|لا يطاق"
)
# Where the pain of a heart attack goes, and what comes with it.
_ARM_OR_JAW = any_of(
    r"brazo|mandibula|braco|bras|machoire|braccio|mascella|arm|kiefer|baah|baju|haath|braso|panga|"
    r"lengan|rahang|ramie\w*|szczek\w*|brat\w*|maxilar\w*|рук\w*|челюст\w*|kol(um|uma)|cene\w*|"
    r"canh tay|ham|kaak|ذراع\w*|فك|omoplat\w*|scapol\w*|schulterblatt\w*|lopat\w*|лопат\w*|kurek\w*"
)
_SWEAT_OR_BREATH = any_of(
    r"sud\w*|suor\w*|suando|transpir\w*|schwitz\w*|pasina|pawis|pinapawisan|keringat|poc\w*|пот\w*|"
    r"terl\w*|mo hoi|zweet\w*|تعرق|respir\w*|falta de ar|souffle|essouffl\w*|fiato|luft|atem\w*|saans|"
    r"hininga|huminga|sesak|oddych\w*|одышк\w*|дыш\w*|задыха\w*|nefes|kho tho|adem|تنفس|gris|palid[oa]|"
    r"blanc[oa]|pale|blass|peela|maputla|pucat|blad\w*|бледн\w*|solgun|bleek|grau|jasho|ιδρων\w*|"
    r"keringet\w*|ghame|saans phool|spocon\w*|ubran\w*"
)
_NUMB = any_of(
    r"(sent|sens) plus|"
    r"منمل\w*|تنميل|"
    r"sunn|shibire\w*|kankaku ga nai|bi-?hes|ma (3am )?7es|bala 7es|jhinjhin|"
    r"(لا|ما) (اشعر|احس)|adormecid\w*|entumecid\w*|dormid[ao]s?|hormigue\w*|no (siento|sentia|noto) (bien |"
    r"casi )?(nada|la|el|los|las)|insensib\w*|sin sensibilidad|dormen\w*|formigament\w*|nao sinto|"
    r"sem sensibilidade|engourdi\w*|fourmill\w*|je ne sens (plus|rien|pas)|insensible|intorpidit\w*|"
    r"formicol\w*|non sento|addormentat\w*|taub\w*|gefuhllos\w*|kribbel\w*|spure (nichts|kaum)|sun+ (ho|hai|"
    r"pad)\w*|jhunjhun\w*|mehsoos (nahi|nahin|nai)|feel (nahi|nahin|nai)|pata (nahi|nahin|nai) chal|manhid|"
    r"namamanhid|walang (maramdaman|pakiramdam)|mati rasa|kebas|kesemutan|tidak terasa|ga(k)? kerasa|"
    r"dretw\w*|zdretw\w*|nie czuje|amortit\w*|amorteal\w*|furnicatur\w*|nu (mai )?simt|онем\w*|немеет|немеют|"
    r"не чувству\w*|онім\w*|не відчува\w*|uyus\w*|hissetmiyor\w*|his(s)?iz|te (bi|cung|het|ran|dai)|"
    r"endormi\w*|bi te|mat cam giac|khong (con )?cam giac|gevoelloos|doof|tintel\w*|voel (niets|niks)|خدر|"
    r"تنميل|ما (احس|أحس)|no senti nada|(mehsoos|mahsoos) (hi )?(nahi|nahin|nai)|mara hua|ganzi|siwezi kuhisi|"
    r"voel (\w+ ){0,3}niet (meer|goed)|μουδια\w*|δεν (νιωθω|αισθανομαι)|بتنمل|تنمل|ينمل|de vata|kuch mehsoos"
)
_SADDLE = any_of(
    r"fesses|entrejambe|"
    r"بين رجلي\w*|celah kangkang|"
    r"neeche wala area|neeche ka hissa|omata|mata no mawari|oshiri|bein ejray|ta7t|"
    r"بين فخذ\w*|"
    r"entrepierna|entre (las|mis|as|minhas|les|mes) (piernas|pernas|jambes)|tra le gambe|zwischen (den|"
    r"meinen) beinen|miedzy nogami|между ног\w*|bacak arasi\w*|tussen (mijn|de) benen|внизу|ниже пояса|"
    r"ватн\w*|rabo|culo|(parte (de )?dentro|interior|interna) (das |de las |de los |de )?(coxas|"
    r"muslos)|(interieur|interno|innenseite) (des |delle |della |der )?(cuisses|cosce|coscia|"
    r"oberschenkel)|mat trong dui|ingle|genital\w*|zona intima|partes (intimas|intimas|privadas|"
    r"nobles)|perine\w*|(el )?ano|nalgas|trasero|virilha|genitais|entre as pernas|regiao intima|bunda|"
    r"entrejambe|parties (intimes|genitales)|organes genitaux|aine|fesses|inguine|genitali|"
    r"parti intime|zona intima|glutei|sedere|genitalbereich|intimbereich|schritt|damm|leiste|gesass|po|"
    r"private part\w*|neeche (ka|ki|wala|ke)|guptang|singit|ari ko|pwet|puwit|selangkangan|kemaluan|"
    r"area intim|bokong|krocz\w*|pachwin\w*|okolic\w* intymn\w*|posladk\w*|zona (intima|genitala)|"
    r"perineu|organele genitale|intre picioare|fesier\w*|промежност\w*|пах\w*|ягодиц\w*|интимн\w*|"
    r"половы\w*|kasik\w*|genital|apis\w*|kalca\w*|vung kin|hau mon|mong|ben|kruis|schaamstreek|lies|"
    r"billen|العانة|التناسلية|المنطقة الحساسة|بين الفخذين|المؤخرة|pompis|lo de en medio|cola|"
    r"neechay ka hissa|neeche ka hissa|makalio|kont|onderkant|toilet paper|когда подтира\w*|подтира\w*|"
    r"(cuando|al) me limpi\w*|me limpie|quand je m'?essuie|limpiarme"
)
_LEG = any_of(
    r"podia|podi|tenen|"
    r"2adam|2dam|rejli|rejl|"
    r"ashi|tsumasaki|pa-?ye|paham|panje\w*|ejray|ejre|"
    r"zehen|ayag\w*|miguu|mguu|"
    r"piernas?|pies?|perna\w*|(meu|o|um) pe|pes|jambes?|pieds?|gamb[ae]|pied[ei]|bein\w*|fuss\w*|fusse|"
    r"pair(on)?|pao(n)?|taang\w*|tang\w*|fussspitze|fersen|binti|paa|kaki|tungkai|nog[aiie]\w*|"
    r"stop[ay]\w*|picio\w*|laba piciorului|ног\w*|ступн\w*|стоп\w*|bacak\w*|ayag\w*|ayak\w*|chan|"
    r"ban chan|mijn been|benen|voet\w*|ساق\w*|قدم\w*|رجل\w*|رجلي|s'?bei|noh\w*|payer|pa ta|picioarele|"
    r"رجليا|رجلي\w*|ποδι\w*|chan|\w*voet|orteils?|punte"
)
_WEAK = any_of(
    r"non riesco (piu )?a stare sulle punte|(nemmeno|neanche) sui talloni|"
    r"niet meer omhoog|adynat\w*|dhaifu|nimeshindwa kupanda|bumabagsak|flap flap|natatapilok|"
    r"(mesh|mish|msh|ma) (2ader|2adra|a2dar) (arfa3|erfa3|arfa3ha|a7arrek|7arrek)|te2 3al ard|"
    r"ugokanaku|ugokanai|agaranai|chikara ga hairanai|nemitoonam (roo )?(panje|paham|pam)|bi-?hes shode|"
    r"klatsch\w*|nicht (mehr )?hoch(ziehen|heben|bekommen)|δεν (μπορω|μπορει) να σηκωσ\w*|ayag\w* dusuyor|"
    r"terlik (\w+ ){0,2}(cikiyor|dusuyor)|"
    r"debil\w*|(pie|pied|piede|pe) (\w+ ){0,2}(claque|tombant|cuelga|caido|caindo|cadente|pende)|(fuss\w*|"
    r"stopa|picior\w*|ayak\w*|voet) (\w+ ){0,2}(hang\w*|opada|flop\w*|cade)|steppage|lumalaylay|laylay|"
    r"nasasabit|(non )?(lo |la |mi )?regg\w* piu|non riesc\w* (\w+ )?(a|ad) (alzar\w*|muover\w*|camminar\w*)|"
    r"kharr?e (bhi )?nahi ho|sin fuerzas?|no (me )?responde|se (me )?dobla\w*|no me sostiene\w*|arrastr\w*|"
    r"no puedo (mover|levantar|caminar|andar|apoyar)|paraliz\w*|fraca\w*|fraqueza|sem forca|"
    r"nao consigo (mexer|levantar|andar|mover)|falhando|faibl\w*|lache\w*|plus de force|je traine|(je |il |"
    r"elle )?(ne )?(peux|peut|arrive) (plus|pas) (a )?(lever|relever) (les |mes |ses )?(orteils|pieds?)|"
    r"tape\w* par terre|indebol\w*|non riesco a stare sulle punte|ne tient plus|ne (peux|peut) plus (bouger|"
    r"marcher|lever)|debol\w*|cede\w*|non regge|trascin\w*|non riesco (a|piu a) (muovere|camminare|alzare)|"
    r"schwach\w*|gibt nach|knickt\w* (\w+ )?ein|schleif\w*|nicht mehr (heben|bewegen|laufen|gehen)|gelahmt|"
    r"kamzor\w*|jaan (nahi|nahin|nai)|uth (nahi|nahin|nai)|chal (nahi|nahin|nai) pa|ghasit\w*|latak\w*|"
    r"mahina|nanghihina|hindi (ko )?(maigalaw|maangat|maiangat)|hindi (ako )?makalakad|lemah|lemas|lumpuh|"
    r"tidak bisa (menggerakkan|mengangkat|berjalan|jalan)|ga(k)? bisa (gerak|jalan|angkat)|terseret|slab\w*|"
    r"ciagn\w*|nie (moge|moze) (podniesc|ruszyc|chodzic)|bezwladn\w*|nu (mai )?pot (misca|ridica|merge)|"
    r"tarasc\w*|слаб\w*|не (могу|может) (поднять|пошевел\w*|ходить)|волоч\w*|подкашива\w*|guc(suz|um yok)\w*|"
    r"halsiz\w*|kaldiram\w*|surukl\w*|yuruyemi\w*|tutmuyor|yeu|khong (nhac|nang|cu dong) (len )?duoc|"
    r"khong di duoc|keo le|zwak\w*|sleept|slepen|niet meer (optillen|bewegen|lopen)|ضعف|ضعيف\w*|لا (أستطيع|"
    r"استطيع) تحريك|ما (اقدر|أقدر) (احرك|أحرك|امشي)|traine\w*|nume (richtig )?lupfe|"
    r"nicht mehr (richtig )?(heben|lupfen)|umkheit|sleep (ik|hij|zij) met|blijven haken|lemes|(gk|gak|"
    r"ga) bisa jinjit|kesandung|durbol\w*|uthate parch\w* na|shlepa\w*|ne (mogu|mozhu) (podnyat|pidnyat)\w*|"
    r"slabsh\w*|\w*ضعف\w*|sbatte per terra|non riesco a tirar\w* su|de vata|pidhynayut\w*|ne mozhu pidnyat\w*"
)
_BLADDER_BOWEL = any_of(
    r"(arrive|peux|arrivons) (plus|pas) a retenir (l'?urine|mes urines|les selles|mes selles)|"
    r"plassen lukt (ook )?(maar )?(half|niet)|"
    r"(مش|مو|ما) (قادر|قادره|اقدر) (ا)?تحكم (في|ب) (البول|البراز|الحمام)|kapde (geele|gile|gilay)|"
    r"terberak|terkencing|susah nak kencing|"
    r"(peshaab|pishaab|peshab|pishab)( \w+){0,3} (nahi|nahin|nai)|deta ka dou ka|toire ni itte mo|"
    r"(da|xiao) ?bian (\w+ ){0,2}kong ?zhi bu zhu|niao bu chu( lai)?|kong ?zhi bu zhu (da|xiao) ?bian|"
    r"me cuesta (mucho )?orinar|utekl\w* (mi )?moc|moc do kalhot|pokakan\w*|pocural\w*|sijakojoa|hajakojoa|"
    r"kibofu kimejaa|(لا|ما) (استطيع|اقدر) (التحكم|اتحكم) (في|ب) ?(البول|التبول)|"
    r"no (puedo|pude|he podido|logro|consigo) (orinar|mear|hacer pis|ir al bano)|no (puedo|pude|consigo|"
    r"logro) (aguantar|retener|controlar) (el |la |las )?(pis|orina|popo|caca|heces)|(arrive|peux|"
    r"peut) (plus|pas) a (retenir|controler) (mes |les |ses )?(urines?|selles|pipi)|"
    r"не чувству\w* когда (надо|нужно|хочу)|me (hice|hago|estoy haciendo|orine) (pis|popo|caca)? ?encima|"
    r"me orin\w*|(me (he )?)?mead[oa] encima|no (noto|siento) (cuando|las ganas|ganas)( \w+){0,4} (mear|"
    r"orinar|pis|bano)|merk\w* (ich )?(nicht|kaum) mehr,? ob ich (aufs klo|pinkeln|auf toilette)|(kommt|"
    r"kam) (nix|nichts|kaum was) (raus|mehr)|me (hice|cague) encima|no (controlo|aguanto|siento) (la orina|"
    r"la vejiga|el pis|los esfinteres|las heces|cuando orino)|(perdi|perdiendo|"
    r"pierdo) (el )?control (de )?(la vejiga|los esfinteres|del intestino|la orina|del pis)|incontinencia|"
    r"incontinenza|(une |d'?)incontinence|se me escapa (la orina|el pis|la caca|el popo)|nao (consigo|"
    r"consegui) (urinar|fazer xixi|mijar|evacuar)|fiz xixi (na roupa|nas calcas|na cama)|(perdi|"
    r"perdendo) o controle (da bexiga|do xixi|do intestino|da urina)|nao (sinto|controlo) (o xixi|a bexiga|"
    r"a urina|o intestino|vontade de fazer xixi)|escap(a|ou) (xixi|urina|coco)|(n'?arrive|narrive) (pas|"
    r"plus) a (uriner|faire pipi)|impossible d'?uriner|(ne peux|peux) (pas|plus) uriner|fait pipi (dessous|"
    r"sur moi|dans (mon|ma))|perte de controle (de la vessie|urinaire|des sphincters)|ne (sens|"
    r"controle) plus (ma vessie|quand j'?urine|mes selles)|fuites? urinaires?|retention urinaire|"
    r"non riesco (a|ad|piu a) (urinare|fare pipi)|perdo (la pipi|le urine|il controllo)|fatt[ao] addosso|"
    r"non (sento|controllo) (piu )?(la vescica|lo stimolo|la pipi)|kann (nicht|kaum) (mehr )?(pinkeln|"
    r"urinieren|wasser lassen)|kann (kein|keinen) (wasser|urin) (mehr )?(lassen|halten)|in die hose gemacht|"
    r"blase (nicht mehr )?(kontrollieren|halten)|kontrolle uber (die |meine )?(blase|darm|stuhlgang)|"
    r"inkontinen\w*|harnverhalt\w*|(peshab|pishab|pesab|susu|toilet|potty|latrine)( \w+){0,3} (nahi|nahin|"
    r"nai|band|ruk|nikal|control)\w*|kapd\w* (me|mein|mai) (hi )?(peshab|pishab|susu|potty|toilet)|(hindi|"
    r"di) (ako )?(maka-?ihi|makaihi|makadumi|maka ihi)|(hindi|di) (ko )?(na )?(mapigilan|makontrol|"
    r"ma-?control|mapigil) (ang |yung )?(ihi|dumi|pag-?ihi)|naihi (ako )?sa|hindi (ko )?(makontrol|"
    r"ma-?control|mapigil) (ang )?(ihi|dumi|pag-?ihi)|(tidak|tak|ga|gak|nggak) (bisa|boleh) (buang air|"
    r"kencing|pipis|bab|menahan (kencing|bab|pipis))|ngompol|nie (moge|moglem|moglam|moze|mogl|"
    r"mogla) (sie )?(wysikac|oddac moczu|zalatwic)|zsikal\w*|posikal\w*|nie (kontroluj\w*|czuj\w*|"
    r"trzyma\w*) (pecherza|moczu|stolca)|nietrzymani\w*|popuszcz\w*|nu (pot|pote|mai pot) (sa )?(urinez|"
    r"urineze|fac pipi)|m-?am (urinat|scapat) pe mine|nu (mai )?(controlez|simt|tin) (vezica|urina|scaunul)|"
    r"nu (mai )?pot (controla|tine) (vezica|urina|scaunul)|accident in pat|не (могу|может|мог|"
    r"могла) (помочиться|пописать|сходить в туалет|мочиться)|не (чувству\w*|контролиру\w*|держ\w*) (мочевой|"
    r"мочу|кишечник|стул)|обмочил\w*|недержани\w*|задержк\w* моч\w*|не можу (помочитися|сходити в туалет)|"
    r"idrar\w* (yapamiyor\w*|tutamiyor\w*|kacir\w*|gelmiyor)|altim\w* (kacir\w*|islat\w*)|"
    r"cis\w* (yapamiyor\w*|kacir\w*)|tuvalet\w* (tutamiyor\w*|yapamiyor\w*)|(khong|ko|k|hong|"
    r"hok) (the )?(di tieu|tieu|di ve sinh) (duoc)?|tieu (dam|khong tu chu|ra quan)|"
    r"khong kiem soat (duoc )?(tieu|bang quang|di tieu|di cau|ruot)|kan (niet|nauwelijks) (meer )?plassen|"
    r"in (mijn|zijn|haar) broek geplast|blaas (niet meer )?(onder controle|controleren|ophouden)|و?(ما|"
    r"لا) (اقدر|أقدر|أستطيع|استطيع) (اتبول|أتبول|التبول|أبول)|سلس|(تبولت|بلت) على نفسي|se (hizo|hace|"
    r"ha hecho) (popo|pipi|pis|caca) (en la cama|encima|en los pantalones)|no (sienta|siento|noto|sentia|"
    r"senti) (\w+ ){0,4}(ganas de )?(orinar|mear|hacer pis|ir al bano)|(pu|plus|pas) capable de (pisser|"
    r"uriner|faire pipi)|force mais rien (ne )?sort|(paikhana|prosrab|peshab|"
    r"pechab)\w* (\w+ ){0,3}(parchen na|parchi na|parche na)|nijer ojante|siwezi (kukojoa|kuhisi mkojo)|"
    r"mkojo\w* (\w+ ){0,3}(unatoka|ukitoka|hautoki)|не чувству\w* когда (\w+ ){0,3}(надо|нужно|хочу)|(ما|"
    r"مش) (اقدر|أقدر|قادر) (اعمل|أعمل|افضي|أفضي|اتبول|أتبول)|λερωθηκα|χωρις να το καταλαβω|nadumi|naihi na|"
    r"di (ko )?namalayan|ne (mogu|mozhu) (pomochit\w*|pisat|popisat)|ne chuvstvu\w* (kogda|mochev)"
)
_SELF_HARM = any_of(
    r"mettre de cote (mes |des |les )?(cachets|medicaments|comprimes)|de cote mes cachets|"
    r"non ci saro piu|scritto (le )?lettere (per|ai) (i )?miei figli|(nao|não) vejo mais sentido|"
    r"vou sumir|nadie notaria si me voy|me voy para siempre|para que sigo|جمعت (كل )?(ال)?حبوب|"
    r"(ilac\w*|hap\w*) biriktir\w*|(pillen|oxycodon\w*|tabletten|medicijnen) (\w+ ){0,5}verzameld|"
    r"als ik er niet meer ben|obat tidur (\w+ ){0,3}kumpul\w*|kumpulin (obat|pil)\w*|"
    r"binigay ko na (\w+ ){0,3}gamit|hindi na (rin )?(naman )?ako aabot|"
    r"nag-?iipon (na )?(ako )?ng (mga )?\w+ ko|isang bagsakan|"
    r"abschiedsbrief\w*|"
    r"verschenkt\b[^.?!]{0,60}\b(brauch\w*|brauche) (ich )?(eh |sowieso |eh schon )?nicht mehr|"
    r"γραμματα (για|στα) (τα παιδια|την οικογενεια|τους δικους)|"
    r"كتبت رسا\w* (لاولاد\w*|لعيال\w*|لاهل\w*|لولاد\w*)|sitakuwepo( tena)?|vitu vyangu vyote|"
    r"7adart (el |l )?7bob|(a7san|a7sanli|ahsan) (eza|iza|law|lw) ma (b2it|ba2a|ba2et)|"
    r"jukgo ?sip\w*|sal iyu-?ga eops\w*|(zhitongyao|yao) cun qilai|cun (le )?(hen duo|yi da ping)|"
    r"bu xiang (zai )?(huo|ren) le|ma ba2a fi shi|(3atet|a3tet) kel|inja (basham|nabasham)|amade kardam|"
    r"be esm-?e (zanam|shoharam)|tai pai loey|yak tai|sab khatam karne|khatam karne ka (mann|man)|bojh lagta|"
    r"moa-?dun|da meogeul\w*|mou inai|ikiru no (ga )?tsukare\w*|shinitai|kietai|"
    r"написа\w* листи (рідним|дітям)|(goliyan|goli|dawai|tablets?) (\w+ )?(ikatth\w*|jama kar\w*)|"
    r"ya no (voy a|vaya a) estar|deje todo (ordenado|arreglado|listo) para|compr(ei|e|aste) (uma |"
    r"una )?(corda|cuerda|soga)|quiero morir\w*|sumir (pra|para) sempre|(melhor|mejor|mieux|meglio|"
    r"besser) (\w+ ){0,3}(sem mim|sin mi|sans moi|senza (di )?me|ohne mich)|(pas|plus|nao|no|non|nicht|"
    r"ne) (me )?(reveiller|despertar|acordar|svegliar\w*|aufwachen)|jeene ka (mann|man|dil) (hi )?(nahi|"
    r"nahin|nai)|(sab|sb) khatam kar (du|dun|doon|dena|lu|lun|loon)|zbieram (tabletki|leki)|(juntando|"
    r"guardando|acumulando|junta\w*) (\w+ )?(pastillas|pilulas|comprimidos|remedios)|piti z zhittya|"
    r"піти з життя|уйти из жизни|не бачу сенсу|не вижу смысла|me quiero morir|no quiero (vivir|"
    r"seguir (viviendo|aqui|asi))|matarme|suicid(io|arme|arse|ar|er|erai|aire|arsi|ermi)\w*|(au|du|"
    r"le) suicide|quitarme la vida|acabar con (todo|mi vida)|hacerme dano|cortarme|"
    r"mejor (estaria )?muert[oa]|no (quiero )?despertar|quero morrer|(quero|vou|penso em|pensei em|"
    r"vontade de) me matar|tirar (a )?minha (propria )?vida|acabar com (tudo|a minha vida|minha vida)|"
    r"nao (aguento|quero) mais viver|me cortar|envie de mourir|je veux mourir|(je vais|j'?ai envie de|"
    r"envie de|je veux|pense a) me tuer|en finir|mettre fin a (mes jours|ma vie)|me faire du mal|"
    r"plus envie de vivre|voglio morire|uccidermi|farla finita|togliermi la vita|non voglio piu vivere|"
    r"sterben (will|wollen|mochte)|will (nur noch )?sterben|mich umbringen|umbringen|selbstmord\w*|suizid\w*|"
    r"nicht mehr leben|mir (was|etwas) antun|mar (jana|jau|jaun|jaon|jaoon|jaaun)|marna chah\w*|khud ?kushi|"
    r"jeena (nahi|nahin|nai)|zindagi (khatam|se tang)|jaan de d\w*|magpakamatay|(gusto|gusto ko) (ko )?(nang|"
    r"na) mamatay|ayoko (nang|na) mabuhay|tapusin ko na (ang )?(lahat|buhay)|bunuh diri|(ingin|pengen|pingin|"
    r"mau) mati|mengakhiri hidup|akhiri hidup|chce (sie )?umrzec|zabic sie|samobojst\w*|skonczyc ze soba|"
    r"nie chce (juz )?zyc|vreau sa mor|sa ma (omor|sinucid)|sinucid\w*|nu mai vreau sa (traiesc|trai)|"
    r"хочу умереть|покончить с собой|убить себя|суицид\w*|не хочу (больше )?жить|жить не хочу|самоубий\w*|"
    r"хочу померти|не хочу (більше )?жити|olmek istiyor\w*|kendimi (oldur|as)\w*|intihar\w*|"
    r"yasamak istemiyor\w*|muon chet|(muon|dinh|nghi den|nghi toi) tu tu|tu sat|khong muon song|"
    r"wil (niet meer leven|dood)|zelfmoord\w*|mezelf van kant|dood willen|انتحار|انتحر|(أريد|اريد|بدي|"
    r"ابغى) (أن )?(أموت|اموت|موت)|(اقتل|أقتل) نفسي|(todas|todos) (las|los|as|os) (pastillas|pilulas|"
    r"comprimidos|remedios|pildoras)|toute la boite|tutte le (pastiglie|pillole|compresse)|alle (tabletten|"
    r"pillen)|saari (goliyan|dawai)|lahat ng (gamot|tableta)|semua obat|wszystkie tabletki|toate pastilele|"
    r"все таблетки|tum haplari|ca vi thuoc|sobredosis|(nicht mehr|nie mehr) aufwach\w*|(al die|alle) pillen|"
    r"tamatkan (\w+ ){0,2}(semua|hidup)|tak guna hidup|tiada guna hidup|bojh ban (gaya|gayi)|"
    r"розда\w* (\w+ ){0,2}(свої|свои) (речі|вещи)|скоро (мене|меня) не (буде|будет)|(всім|"
    r"всем) (\w+ )?(стане|станет) (легше|легче)|(letter|chitthi|khat) likh (ke|kar) rakh\w*|chhat se kood\w*|"
    r"kood jau|letters? likh (diye|diya|di|ke|kar)\w*|kisi ko pareshan nahi karunga|khud ko (hurt|nuksan|"
    r"chot) (kar|pahuncha)\w*|blade nikaa?l\w*|nie chce mi sie zyc|odlozon\w* (\w+ )?tabletki|"
    r"kuch kar (lunga|lungi|lu)|lebih baik (aku|saya|gue) (gak|ga|tidak|nggak) ada|tali (udah|sudah) (aku |"
    r"saya )?siap\w*|capek (idup|hidup)|nelen obat (\w+ ){0,3}(sekaligus|banyak)|teleiwsw ola|"
    r"mazepsei ta xapia|na pethanw|(انهي|أنهي|اخلص من|أخلص من|انهاء|إنهاء) حياتي|ustal\w* zhit|ne prosnut\w*|"
    r"ne hochu zhit|ir embora de vez|embora (pra|para) sempre|(encore|plus) la (la semaine|demain)|"
    r"ecrit (des|les) lettres? (pour|a) (mes|ma|mon)|(die )?ganze packung|ganze schachtel|mi sono tagliat\w*|"
    r"tagliat[ao] di nuovo|hindi na magising|naipon (na )?(akong )?gamot|z tym wszystkim skonczyc|"
    r"skonczyc z (tym|soba)|обуз\w*|без меня (\w+ )?(будет|им будет) легче|(уснуть|заснуть) навсегда|"
    r"yasamanin (bi|bir) anlami yok|kopruye git\w*|не бачу сенсу|ya ustal zhit"
)
# Negations that reach up to two words ahead: "sin fiebre", "no tengo fiebre", "kein Fieber".
# A bare "no" directly before the words is Portuguese "in the" ("dor no peito"), and a bare "na"
# directly before them is Hindi's "not" ("na bukhar hai") but Portuguese "in the" further away.
# Vietnamese "ko" (not) is left out: in Hindi and Tagalog it is "to" and "my".
_NEGATION = re.compile(
    r"(\b(non|nao|sem|sin|nem|nunca|pas|sans|aucun\w*|kein\w*|nicht|ohne|senza|niente|nessun\w*|nada|"
    r"nenhum\w*|rien|ningun\w*|nahi|nahin|nai|hindi|wala|walang|tidak|tak|gak|ga|nggak|bukan|nie|bez|"
    r"brak|zadn\w*|nu|fara|nici|sina|hana|hakuna|не|нет|без|ни|χωρις|κανενας|καμια|κανενα|ουτε|kanenas|"
    r"kamia|kanena|oute|xwris|choris|hic\w*|khong|hong|hok|chang|chua|geen|"
    r"niet|zonder|لا|ما|بدون)\b(\W+\w+){0,2}|\bno\b(\W+\w+){1,2}|\bna)\W*$"
)
# The Hindi, Turkish, Russian and Tagalog way: the negation follows ("bukhar nahi hai", "ateşim
# yok", "температуры нет").
_NEGATION_AFTER = re.compile(
    r"^\W*(\w+\W+)?(nahi|nahin|nai(?! (hong|ban|rot|thi|tee))|nei|yok|yoktu|degil|wala|"
    r"нет|немає|не было|nu am)\b"
)
_LONG_AGO = re.compile(
    r"\b(qunian|(ji )?nian qian|saalon pehle|\d+ sal pish|nam ngoai|el ano pasado|o ano passado|"
    r"l'?annee derniere|l'?anno scorso|letztes jahr|"
    r"pichh?le saal|noong isang taon|w zeszlym roku|anul trecut|в прошлом году|gecen yil|vorig jaar|(у|"
    r"в|en|em|in|w|im|na|nam|năm) (19|20)\d\d|давно|hace (\d+|unos|varios|muchos) (anos|meses)|ha (\d+|"
    r"uns|varios|muitos) (anos|meses)|(\d+|alguns) anos atras|il y a (\d+|quelques|plusieurs) (ans|"
    r"annees|mois)|(\d+|alcuni|molti) anni fa|vor (\d+|einigen|vielen) (jahren|monaten)|(saal|sal|"
    r"mahine) (pehle|pahle)|(taon|buwan) na ang nakalipas|(tahun|bulan) (yang )?lalu|(lat|lata|"
    r"miesiecy|miesiace) temu|(ani|luni) in urma|acum (\d+|cativa|multi) (de )?(ani|luni)|(лет|год|года|"
    r"месяцев) назад|(yil|ay) once|(nam|thang) truoc|(jaar|maanden) geleden|منذ (سنوات|سنين))\b"
)
# Homework and exams ask about red flags in general even when the writer says "I".
_STUDYING = re.compile(
    r"\b(exam\w*|examen|esame|prufung|sinav\w*|ujian|egzamin\w*|odev\w*|homework|tarea|devoir\w*|"
    r"hausaufgabe\w*|іспит\w*|экзамен\w*|зачет\w*|estudiante|estudando|etudiant\w*|studente|student\w*|"
    r"enfermeria|nursing|documentar\w*|documentary|curious lang|por curiosidad|par curiosite|"
    r"per curiosita|aus neugier|curiozitate|curiosidade|(mujhe|mere ko) (aisa|aise) kuch nahi|"
    r"no me pasa a mi|bas jaanna tha|solo (por )?curiosidad|(so|solo) (pra|para) saber|"
    r"juste pour (savoir|comprendre)|nur (aus interesse|zur info)|hypothetisch|hipotetic\w*|"
    r"hypothetique\w*|ipotetic\w*|artikel|articulo|artigo|article|articolo|αρθρο|hausarbeit|передач\w*|"
    r"tugas|memoire|rien de perso\w*|(in|en|em|chez) (un|una|um|uma) (paziente|paciente|patient\w*)|"
    r"ничего такого (у меня )?нет|(medical|nursing) (parh|padh)\w*)\b"
)
# A general question with no one named: "¿el cáncer puede causar dolor de espalda?".
_GENERAL = re.compile(
    r"(\bهل (\w+ ){0,4}(ممكن|يمكن) (ان |أن )?(يسبب|تسبب)|\bسمعت\b|\bpuede\w* (causar|provocar|dar)|"
    r"\bes normal que\b|\bque es\b|\bpode\w* (causar|provocar|dar)|"
    r"\bo que e\b|\bpeu\w* (\w+ )?(causer|provoquer|donner|entrainer)|\bqu'?est-ce que\b|\bpuo\w* (causare|"
    r"provocare|dare)|\bcos'?e\b|\bправда ли\b|\bγενικα\b|\bstimmt es\b|\b(en general|em geral|in generale|"
    r"im allgemeinen|ogolnie|в целом|secara umum)\b|\bkann\w* (\w+ ){0,3}(verursachen|auslosen)|\bwas ist\b|"
    r"\bkya (\w+ ){1,4}(ho sakta|hota|hoti)|\bpwede bang? (\w+ )?(magdulot|maging sanhi)|\bano ang\b|"
    r"\btotoo ba\b|\b(e|es) (verdade|verdad)\b|\bc'?est vrai\b|\be vero\b|\bdiferen\w*|\bdifference\b|"
    r"\bunterschied\b|\bpwede(ng)? (ba )?(maging|magdulot)|\b(e|es|est|sera|ist) (un |ein |o )?(sinal|senal|"
    r"signe|segno|zeichen)|\bapakah (\w+ ){0,3}bisa (menyebabkan|bikin)|\bczy (\w+ ){0,3}moze (powodowac|"
    r"wywolac)|\bco to jest\b|\bpoate (\w+ ){0,2}(cauza|provoca)|\bce este\b|\bможет (ли )?(\w+ )?(вызвать|"
    r"вызывать)|\bчто такое\b|\b(\w+ )?(yapar mi|olur mu|neden olur)|\bnedir\b|\bco the (gay|lam)\b|"
    r"\bla gi\b|\bkan (\w+ ){0,3}veroorzaken|\bwat is\b|\bهل يمكن|\bما هو\b|\bما هي\b|"
    r"\b\w+ kya (hota|hoti) hai\b|"
    r"\bбывает ли\b|\bلو (حد|شخص|واحد)\b|\b(law|lw|iza|eza) 7ad(a)?\b|\btanda apa\b)"
)
# Someone's own situation: I, my, my mother.
_PERSONAL = re.compile(
    r"\b(mi|me|mis|tengo|estoy|estaba|yo|meu|minha|meus|eu|estou|tenho|je|j'?ai|moi|mon|ma|mes|io|ho|"
    r"sono|mio|mia|ich|mein\w*|mir|mich|mujhe|mera|meri|mere|main|mai|hum|humein|ako|ko|aking|akin|"
    r"saya|aku|gue|gw|sy|mam|moj\w*|mnie|mi|jestem|mea|meu|am|я|у меня|мне|мой|моя|меня|ben|benim|"
    r"\w+(im|um|yorum|sem|sam)|toi|tui|minh|ik|mijn|heb|ana|انا|أنا|عندي|madre|padre|mama|papa|mae|pai|avo|"
    r"abuel[ao]|mere|pere|grand-?(mere|pere)|nonn[ao]|mutter|vater|oma|opa|maa|nani|dadi|nanay|tatay|"
    r"lola|lolo|ibu|ayah|nenek|kakek|babci\w*|dziad\w*|bunic\w*|мама|папа|бабушк\w*|дедушк\w*|anne\w*|"
    r"baba\w*|me|ong|moeder|vader|امي|أمي|ابي|أبي)\b"
)


# Said of a red flag that is no negation of it: "pata hi nahi chala kab susu nikal gaya" (I did not
# even notice when I wet myself), "sin darme cuenta".
_NOT_A_NEGATION = re.compile(
    r"\b(pata (hi )?(nahi|nahin|nai) (chala|chalta|laga|chal raha|chal rahi)|"
    r"sin (darme cuenta|enterarme|querer)|"
    r"sem (perceber|querer)|sans (m'?en rendre compte|le vouloir)|senza (accorgermene|volerlo)|"
    r"ohne (es )?zu (merken|wollen)|sin (sentir|darse cuenta)|sina budi|sem sentir|sans (le )?sentir|"
    r"senza sentir\w*|bina pata|(ashi|koshi|senaka|kubi|omata|te|atama|tsumasaki) ga)\b"
)
# A cancer that was cured long ago and a back that hurts after the gym ask for exercises, not A&E.
_CURED = re.compile(
    r"\b(sta (benissimo|bene)|esta (bien|perfecta|otima)|remisi\w*|remissao|remissione|curad[oa]|cured|"
    r"me cure|gueri\w*|guarit\w*|geheilt|vindecat\w*|gumaling|sembuh|wyleczon\w*|вылечен\w*|вилікуван\w*|"
    r"iyilest\w*|khoi benh|genezen)\b"
)
# Turns that take an earlier red flag back: "me expressei mal", "galat bola, thermometer kharab tha".
TAKEN_BACK = re.compile(
    r"\b(kangfu hao|yijing hao le|nimepona|homa hakuna|"
    r"todo salio bien|salio todo bien|"
    r"tout est (redevenu )?normal|(c'?est )?revenu des que j'?ai (marche|bouge)|"
    r"solo un moreton|غلطت|قصدي ما عندي|tahassan\w*|(visto|vista) (in|al) pronto soccorso|"
    r"niente fratture|"
    r"nessuna frattura|sin fracturas|sem fraturas|"
    r"keine (fraktur|bruche)|aucune fracture|falszywy alarm|falsa alarma|falso alarme|fausse alerte|"
    r"falso allarme|fehlalarm|loos alarm|ложная тревога|(ekg|ecg|экг)\w* (\w+ ){0,3}(ok|normal\w*|в норме|"
    r"temiz)|me (expres\w*|explique\w*) mal|(foi|fue) (so |solo )?(um |un )?susto|(nao|no) tinha nada|"
    r"no tenia nada|n'?avait rien|non aveva niente|hatte nichts|ho scritto male|scritto male|"
    r"non c'?entra (niente|nulla)|j'?ai mal (dit|ecrit)|il a failli tomber|tippfehler|ich meinte kein\w*|"
    r"перепутал\w*|(em|minh|toi) nham|het sot|(nem|nao) bateu|me equivoque|(era|fue|foi) (una |uma )?(broma|"
    r"brincadeira)|mal explicad[oa]|je me suis (mal exprime\w*|trompe\w*)|c'?etait une blague|"
    r"mi sono (spiegat\w* male|sbagliat\w*)|scherzavo|falsch ausgedruckt|(hab|habe) mich vertan|"
    r"war (nur )?ein (scherz|witz)|galat (bola|boli|likha|likhi|samjha)|mazaa?k (tha|kar raha)|ab (theek|"
    r"thik|thek) (hai|hu|hoon|ho gaya)|mali (ako|pala)|(biro|joke) lang|salah (ketik|tulis|ngomong|bicara)|"
    r"bercanda|pomylil\w*|zle (napisal\w*|sie wyrazil\w*)|zartowal\w*|m-?am exprimat gresit|am gresit|"
    r"glumeam|ошиб\w*|неправильно (написал\w*|выразил\w*)|шучу|пошутил\w*|yanlis (yazdim|soyledim|anlattim)|"
    r"saka (yaptim|yapiyordum)|noi nham|viet nham|no (es )?literal\w*|(forma|manera|modo) de (hablar|decir)|"
    r"(jeito|modo) de (falar|dizer)|nao (e )?literal\w*|(facon|maniere) de parler|pas au sens (propre|"
    r"litteral)|modo di dire|non letteral\w*|nicht wortlich|redewendung|не буквально|в переносном смысле|"
    r"dua thoi|verkeerd (gezegd|getypt)|grapje|(thermometer|termometro|thermometre|termometru|termometr|"
    r"термометр|gradusnik|градусник)\w* (\w+ ){0,2}(kharab|roto|quebrado|casse|rotto|kaputt|sira|hong|stuk|"
    r"сломан\w*|zepsut\w*|stricat))\b"
)


def taken_back(text: str) -> bool:
    """Whether `text` takes an earlier red flag back in one of the languages above."""
    return bool(TAKEN_BACK.search(fold(text))) or taken_back_in_other_scripts(text)


def long_ago_in_other_languages(text: str) -> bool:
    """Whether `text` places what it tells long ago ("to było 2 lata temu")."""
    return bool(_LONG_AGO.search(fold(text)))


_NOT_FEELING_THE_PAPER = (
    r"(no siento|nao sinto|(plus|pas) sentir|ne sens (plus|pas)|non sento|spure (\w+ )?nicht)( \w+){0,2} "
    r"(papel|papier|carta)"
)
_PRESSURE = any_of(
    r"presion|pressao|pression|pressione|druck|enge|dabav|bhaa?ri\w*|naninikip|sikip|masikip|aprieta|"
    r"apretad\w*|opresion|aperto|oppression|serre\w*|stringe\w*|apertado|ściska|sciska\w*|ucisk|"
    r"давит\w*|sikisma|drukk\w*|σφιξ\w*|kinambana|inabana|\w*mbana|ditindih|tertindih|sesak"
)


# What makes any fall an emergency: old age, a blood thinner, brittle bones.
_AT_RISK = any_of(
    r"a+yu [6-9]\d|halmeoni|harabeoji|golda ?gongjeung\w*|"
    r"osteopor\w*|остеопороз\w*|loang xuong|warfarin\w*|varfar\w*|варфарин\w*|xarelto|ксарелто|eliquis|"
    r"sintrom|marevan|coumadin|anticoag\w*|antikoag\w*|антикоаг\w*|[7-9]\d ?(anos|ans|anni|jahre?n?|"
    r"saal|sal|taon|tahun|lat|ani|лет|yas\w*|tuoi|jaar|roky|χρονων)|abuel[ao]|avo|grand-?(mere|pere)|"
    r"nonn[ao]|oma|opa|dadi|nani|lola|lolo|nenek|kakek|babci\w*|dziad\w*|bunic\w*|бабушк\w*|дедушк\w*|"
    r"babaanne\w*|anneanne\w*|dede\w*|ba noi|ong noi"
)


# Words that name suicide without wishing it, which a general question may use.
_NAMES_SUICIDE = re.compile(
    r"suicid\w*|(au|du|le) suicide|selbstmord\w*|suizid\w*|zelfmoord\w*|samobojst\w*|sinucid\w*|"
    r"самоубий\w*|суицид\w*|intihar\w*|bunuh diri|khud ?kushi|tu sat|انتحار|sobredosis"
)


def _flag(name: str, pattern: str, *requires: str, past_can_end_it: bool = False) -> RedFlag:
    return RedFlag(
        name,
        re.compile(rf"\b{pattern}\b"),
        tuple(re.compile(rf"\b{r}\b") for r in requires),
        past_can_end_it,
    )


RED_FLAGS: tuple[RedFlag, ...] = (
    _flag("self_harm", _SELF_HARM),
    _flag("bladder_bowel", _BLADDER_BOWEL),
    _flag("saddle_numbness", _NUMB, _SADDLE),
    # Not feeling the toilet paper when wiping.
    _flag("saddle_numbness", _NOT_FEELING_THE_PAPER),
    _flag("leg_weakness", _WEAK, _LEG),
    # Before fever: a cold sweat with chest pain is the heart's, not an infection's.
    _flag("vascular_or_heart", _TEARING, any_of(BACK, PAIN, _CHEST)),
    _flag("vascular_or_heart", _SUDDEN, _SEVERE, any_of(BACK, _CHEST)),
    # A heart attack felt in the back: "dolor entre los omoplatos y la mandíbula, sudando".
    _flag("vascular_or_heart", _ARM_OR_JAW, PAIN, _SWEAT_OR_BREATH),
    _flag("vascular_or_heart", _CHEST, any_of(PAIN, _PRESSURE)),
    _flag("infection", _FEVER, any_of(BACK, PAIN)),
    _flag("infection", _DRUGS_INJECTED, any_of(BACK, PAIN)),
    _flag("cancer_history", _CANCER, PAIN),
    _flag("weight_loss", _WEIGHT_LOSS, any_of(BACK, PAIN)),
    _flag("major_trauma", _FALL, any_of(BACK, PAIN), past_can_end_it=True),
    _flag("fall_at_risk", _FALL, _AT_RISK, past_can_end_it=True),
)


# Negations that count only just before certain words: Spanish "no se cayó" (Portuguese "no" is
# "in the"), Vietnamese "ko sốt" (Hindi "ko" is "to").
_NEGATION_JUST_BEFORE = re.compile(r"\b(no (se|me|le|te|ha|he|hay)|ko (te|yeu|sot|bi|dau))$")


def _negated(folded: str, start: int, end: int) -> bool:
    before = _NOT_A_NEGATION.sub(" ", folded[max(0, start - 40) : start])
    first_word = folded[start:end].split(" ")[0]
    return bool(
        _NEGATION.search(before)
        or _NEGATION_AFTER.match(folded[end : end + 25])
        or _NEGATION_JUST_BEFORE.search(before + first_word)
    )


def _asks_in_general(folded: str) -> bool:
    return bool(_STUDYING.search(folded) or (_GENERAL.search(folded) and not _PERSONAL.search(folded)))


# Words that only English uses, so that a message with none of them reads as another language.
_ENGLISH = re.compile(
    r"\b(the|and|you|with|this|that|have|what|how|does|should|been|just|about|from|when|after|i'?m|i'?ve|"
    r"can'?t|don'?t|my back|feel)\b",
    re.IGNORECASE,
)


# Every personal rule asks this of the same message, so the answer is kept.
@functools.lru_cache(maxsize=64)
def asks_in_general_in_other_languages(message: str) -> bool:
    """Whether a message with no English in it asks in general or for study ("est-ce qu'une
    hernie peut provoquer une incontinence ? je lisais un article"), so that an English medical
    word in it ("incontinence") tells no one's emergency."""
    return not _ENGLISH.search(message) and _asks_in_general(fold(message))


def red_flag_in_other_languages(message: str, context: str = "") -> tuple[str, str] | None:
    """The name of the red flag `message` tells outside English and the words that tell it, or
    None. Self-harm counts even in a general question; the others need someone named or no
    general question. `context` (earlier turns) may supply what a red flag `requires`: pain told
    in one turn, a cancer in the one before."""
    folded, around = fold(message), fold(f"{message}\n{context}")
    general = _asks_in_general(folded)
    for flag in RED_FLAGS:
        if general and flag.name != "self_harm":
            continue  # "¿el cáncer puede dar dolor de espalda?"
        if not all(required.search(around) for required in flag.requires):
            continue
        if flag.past_can_end_it and _LONG_AGO.search(folded):
            continue
        if (
            flag.name in ("cancer_history", "infection")
            and _CURED.search(folded)
            and _LONG_AGO.search(folded)
        ):
            continue  # "demam bulan lalu, sudah sembuh": a fever over and done with
        for match in flag.pattern.finditer(folded):
            if flag.name == "self_harm":
                if general and _NAMES_SUICIDE.fullmatch(match.group(0)):
                    continue  # "la dor crónica aumenta o risco de suicídio?" names it, wishes nothing
            elif _negated(folded, match.start(), match.end()):
                continue
            return flag.name, match.group(0)
    return red_flag_in_other_scripts(message, context)


# Requests for personal medical advice. Medicines are named much alike in most languages
# ("ibuprofeno", "ibuprofène", "ибупрофен"), so a stem list covers them.
_MEDICINE = any_of(
    r"kas gevsetici\w*|"
    r"parol|αντιπηκτικ\w*|ليريكا|سيكلوبنزابرين|voltaren|habbet|7abbet|"
    r"ririka|rokisonin|"
    r"nimesil|prasky|prasek|мелоксик\w*|аспірин\w*|аспирин\w*|"
    r"\w*(ibupro|naprox|diclof|paracet|tramad|gabapent|pregabal|lyrica|dipiron|metamiz|novalgin|nolotil|"
    r"nimesul)\w*|\w*(benzaprin|tizanid|metocarb|eperison|mydocalm|tolperis|thiocolch|muscoril|tachipir|"
    r"doliprane|combiflam)\w*|\w*(arveles|dexketo|ketonal|ketoprof|meloxic|celecox|etoricox|arcoxia|nurofen|"
    r"ibuprom|aspirin|cortis)\w*|\w*(predniso|dexameta|duloxet|amitript|sertral|codein|morfin|morphin|oxycod|"
    r"tapentad|fentan|enantyum)\w*|\w*(найз|нимесул|диклоф|ибупро|мидокалм|прегабал|габапент|трамад|парацет|"
    r"мільгам|мильгам|кеторол|сертрал|ібупро|диклоф|парацет)\w*|dolo \d+|ben-u-ron|ترامادول|\w*بروفين|بنادول|"
    r"باراسيتامول|فولتارين|ديكلوفيناك|حب(ة|تين|وب)|(ال)?دواء|ملغ|pastillas?|comprimid\w*|remedios?|"
    r"medicament\w*|pilulas?|cachets?|farmac\w*|medikament\w*|tabletten|dawai|dawa|goli\w*|gamot|obat|leki|"
    r"lekarstw\w*|tablet\w*|pastile\w*|лекарств\w*|таблетк\w*|препарат\w*|ilac\w*|thuoc|medicijn\w*|pillen|"
    r"infiltra\w*|уколы|\d+ ?mg"
)
_MAY_I = any_of(
    r"\w+(sem|sam) (olur|olurmu|mu)|(bir|bi) tane daha|это нормально для меня|"
    r"μπορω να (πινω|παρω|συνεχισω)|(ينفع|ممكن|اقدر) (\w+ )?(اوقف\w*|اخد|اخذ)|من نفسي|nirudie|ninywe|"
    r"nitumie|a5od (\w+ )?(etnen|habbeten)|"
    r"keyi (zai )?(chi|he)|nonde ?mo ii|nondemo|"
    r"muzu|mohu|можна|να παρω|"
    r"puedo|posso|je peux|puis-je|peut-on|on peut|darf ich|kann ich|le (sakta|sakti|sakte|lu|loon)|"
    r"lena (theek|thik|sahi)|pwede (ko|ba)|boleh|bisa (minum|pakai)|moge|czy mozna|pot sa|можно|можу|"
    r"\w+bilir miyim|duoc (ko|khong)|mag ik|kan ik|sigo con|continuo|devo|debo|dois-je|soll ich|"
    r"va bene|ca craint|kya (main|mai|hum)|(co )?(uong|dung) duoc|(اقدر|ممكن|يمكنني|استطيع) (اخذ|اشرب|استعمل)"
)
_CHANGE = any_of(
    r"να (τα |το )?σταματησω|σταματησω|اوقف\w*|(band|bandh) kar (dun|du|doon|du kya)|"
    r"fuyashite ?mo|herashite ?mo|yamete ?mo|"
    r"bondho kor\w*|bandh kar\w*|"
    r"dejar|parar|suspend\w*|quitar|arreter|smettere|sospend\w*|absetzen|aufhoren|band kar|chhod\w*|"
    r"itigil|ihinto|berhenti|odstaw\w*|przestac|sa (opresc|renunt)|бросить|отменить|перестать|"
    r"прекратить|kesebilir|birakabilir|bo (thuoc|luon)|ngung|stoppen|subo|bajo|aumentar|reducir|subir|"
    r"bajar|augmenter|diminuer|aumentare|erhohen|badha\w*|ghata\w*|\w*simamish\w*|niache|kuacha"
)
_HOW_MUCH = any_of(
    r"cat[ie]?|"
    r"cuant[oa]s?|quant[oa]s?|quant[ie]|combien|wie ?viel\w*|kitn[ie]|ilang|berapa|ile|сколько|скільки|"
    r"kac|bao nhieu|hoeveel"
)
_CONDITION = any_of(
    r"hernia\w*|hernie\w*|ernia|bandscheibenvorfall|slip ?disc|saraf kejepit|przepuklin\w*|грыж\w*|"
    r"fitik\w*|thoat vi|espondil\w*|spondyl\w*|ciatica|sciati\w*|cruralgi\w*|piriform\w*|protrus\w*|"
    r"protuz\w*|protruz\w*|contractur\w*|facet\w*|isg|artros\w*|arthros\w*|стеноз\w*|duz boyun|lumbago|"
    r"bulge|bulging disc|muscle lang|почки"
)
_ABOUT_ME = any_of(
    r"es|e|sera|c'?est|est-ce|ist (das|es)|hab ich|habe ich|tengo|tenho|j'?ai|ho|hai kya|mera|mujhe|ba|"
    r"ini|apakah|czy|mam|am|это|у меня|bende|co phai|minh|heb ik|is het|to od|ya|ne|mi"
)
_WHAT_DO_I_HAVE = any_of(
    r"wat heb ik|was hab(e)? ich|qu'?est-ce que j'?ai|(que|o que) (eu )?(tengo|tenho)|cosa ho|"
    r"что (же )?у меня|co mi jest|co (ja )?mam|ne var bende|saya sakit apa|mujhe kya (hua|hai)"
)
# Words that may follow "what do I have": "wat heb ik nou echt?", "was hab ich denn jetzt?".
_REALLY = any_of(
    r"nou|echt|denn|jetzt|nun|eigentlich|dann|really|realmente|davvero|vraiment|alors|entao|entonces|"
    r"exactement|exactamente|exatamente|de verdad|na verdade|en realidad|naprawde|же|то|aslinda|sebenarnya|ya"
)
_DO_I_NEED = any_of(
    r"(meni|mne) (treba|nuzhna|nuzhno)|ibig sabihin ba|"
    r"co can|"
    r"perlu|preciso|necesito|necessito|brauche ich|ai-je besoin|j'?ai besoin|ho bisogno|potrzebuje|"
    r"нужна ли мне|нужно ли мне|мне нужна|χρειαζομαι|ihtiyacim|can phai|moet ik|muss ich|ich muss"
)
_SURGERY = any_of(
    r"operasi|operacion|operarme|cirugia|cirurgia|operar|operation|operer|operazione|intervento|operier\w*|"
    r"operacj\w*|операци\w*|χειρουργ\w*|ameliyat\w*|mo|opereren|operatie"
)
_WHICH = any_of(r"lequel|laquelle|cual|qual|quale|welche\w*|который|которое|hangi\w*|jaki|ktory")
_SHOULD_I_TAKE = any_of(
    r"(je )?(devrais|dois|debo|deberia|devo|devrei|soll ich|sollte ich|powinien\w*) (\w+ )?(prendre|tomar|"
    r"prendere|nehmen|brac)"
)
ADVICE_IN_OTHER_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "dose",
        re.compile(
            rf"\b{_HOW_MUCH}\b(\W+\w+){{0,4}}\W+{_MEDICINE}\b|"
            r"\b(dosis|dosagem|posologie|dosaggio|dosierung|dozaj|дозиров\w*|(διπλη )?δοση)\b"
        ),
    ),
    (
        "medication_change",
        re.compile(
            rf"\b{_CHANGE}\b(\W+\w+){{0,4}}\W+{_MEDICINE}\b|\b{_MEDICINE}\b(\W+\w+){{0,6}}\W+{_CHANGE}\b"
        ),
    ),
    (
        "own_medicine",
        re.compile(rf"\b{_MAY_I}\b(\W+\w+){{0,6}}\W+{_MEDICINE}\b|\b{_MEDICINE}\b[^.!?]{{0,60}}\b{_MAY_I}\b"),
    ),
    ("own_diagnosis", re.compile(rf"\b{_ABOUT_ME}\b(\W+\w+){{0,5}}\W+{_CONDITION}\b[^.!?]{{0,40}}\?")),
    # "wat heb ik nou echt?", "¿necesito operarme?", "χρειάζομαι χειρουργείο;"
    (
        "own_diagnosis",
        re.compile(
            rf"\b{_WHAT_DO_I_HAVE}(\W+{_REALLY}){{0,2}}\s*[?;]|\b{_DO_I_NEED}\b(\W+\w+){{0,3}}\W+{_SURGERY}\b"
        ),
    ),
    ("own_medicine", re.compile(rf"\b{_WHICH}\b(\W+\w+){{0,3}}\W+{_SHOULD_I_TAKE}\b")),
)


def advice_in_other_languages(message: str) -> tuple[str, str] | None:
    """The kind of personal advice `message` asks for outside English and the words that ask,
    or None when it asks nothing of the kind or asks in general ("¿qué es una hernia discal?")."""
    folded = fold(message)
    if _asks_in_general(folded):
        return None
    for name, pattern in ADVICE_IN_OTHER_LANGUAGES:
        if match := pattern.search(folded):
            return name, match.group(0)
    return advice_in_other_scripts(message)


# Cooking asked about in another language: "paano magluto ng adobo?", "ricetta per la pasta?".
# "Receta" and "Rezept" are prescriptions too, so a message that names a medicine, pain or the
# back is never taken for one.
_COOKING = re.compile(
    r"\b(magluto|lutuin|cocinar|cozinhar|cuisiner|cucinare|kochen|gotowac|приготовить|koken|masak|memasak|"
    r"pisir\w*|receta|receita|ricetta|recette|rezept|recept|przepis|reteta|рецепт\w*|tarif\w*|resep|"
    r"συνταγ\w*|وصفة|mapishi)\b"
)
_PAIN_OR_MEDICINE = re.compile(rf"\b({PAIN}|{_MEDICINE})\b")


def cooking_in_other_languages(message: str) -> str | None:
    """The words of a message outside English that ask about cooking, or None."""
    folded = fold(message)
    if _PAIN_OR_MEDICINE.search(folded) or mentions_spine_in_other_languages(message):
        return None
    match = _COOKING.search(folded)
    return match.group(0) if match else None


# Back words of other languages that are also everyday words elsewhere tell no topic: "dos"
# (French back, Spanish two), "lung" (Vietnamese back), "rug" (Dutch back), "disco", "gat".
_SPINE_IN_OTHER_LANGUAGES = re.compile(
    r"\b(?!(co|dos|lung|bel\w*|gat\w*|disco|rug|reins|kreuz|cervical\w*|hernia|nek|leeg)\b)"
    rf"{BACK}\b|\b(au|du|le|mon|ton|son|el|il) dos\b|\bdau (\w+ )?lung\b|"
    # Turkish "belim" (my lower back) and Dutch "hernia-operatie", whose bare words are left out above.
    r"\bbel(im|imde|imin|ime)\b|\bhernia ?operatie\b|"
    # Medical roots shared by most European languages: "lombalgia", "escoliosis", "сколиоз".
    r"\b\w*(scolio|skolio|escolio|spondyl|spondil|espondil|lumbal|lombal|lombo|cervicale|sciati|ciatic|kypho|"
    r"cifos|kifopl|kifoz|lordo|stenos|epidur|vertebr|rachi|raqui|discal|diskus|dysk|сколио|сколіо|спондил|"
    r"люмб|позвон|"
    r"σκολιω|σπονδυλ|οσφυ|ισχιαλγ|"
    r"хреб|грыж|протруз|шейн)\w*\b|\b(dia dem|thoat vi|(giu|dau|moi|bi|vung|cot) lung|lung (khoe|dau|moi|"
    r"cong|thang|duoi|tren))\b|\b(hernia de disco|ernia del disco|hernie discale|cola de caballo|cauda|"
    r"kauda\w*|facett\w*|isg|шиї|шию|шия|шея|шеи|шею|конск\w* хвост\w*|kreg(u|i|ow|ach)?|"
    r"bel (agri\w*|fitig\w*|bolge\w*))\b"
)


# The same medical words in English, which the English rules and the classifier already know.
_ENGLISH_SPINE_WORDS = re.compile(
    r"(sciatica?|cauda|epidurals?|lumbar|lumbago|\w*scoliosis|stenosis|spondyl\w*|\w*vertebra[el]?|"
    r"kyph\w*|lordosis|\w*plasty|intradiscal|vertebral)"
)


def mentions_spine_in_other_languages(message: str) -> bool:
    """Whether the message names the back, neck or spine in a language other than English."""
    words = (match.group(0) for match in _SPINE_IN_OTHER_LANGUAGES.finditer(fold(message)))
    return any(not _ENGLISH_SPINE_WORDS.fullmatch(word) for word in words) or mentions_spine_in_other_scripts(
        message
    )
