"""The safety check: explainable rules that run on every message before it is answered.

Order matters: an emergency outranks everything, then requests for personal medical advice,
then messages outside the back, neck and spine. Every decision names the rule that fired and
the words that fired it, so a coach or a developer can see why.

A symptom alone is not an emergency: "can a herniated disc cause bladder problems?" asks about
the world, "I can't control my bladder and my back is agony" is happening to someone. Urgent
rules therefore need a personal cue (I, my, my dad, ...) and skip symptoms that are negated
("no fever") or long past ("five years ago").

The rules are the first signal; `safety_model.decide` weighs them against a classifier trained
on the labelled examples, which catches wordings no rule knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.domain import SafetyDecision, SafetyLabel
from assistant.safety_languages import (
    advice_in_other_languages,
    asks_in_general_in_other_languages,
    cooking_in_other_languages,
    long_ago_in_other_languages,
    mentions_spine_in_other_languages,
    other_joint_in_other_languages,
    red_flag_in_other_languages,
    taken_back,
)
from assistant.safety_scripts import other_topic_in_other_scripts


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_PERSONAL = re.compile(
    r"\b(i|i'?m|im|i'?ve|ive|i'?d|me|my|mine|myself|we|our|us|ah|ma|masel)\b"
    r"|\b(he|she|they)('s| is| has| can'?t| cannot| isn'?t)\b"
    r"|\b(my )?(client|patient) (says|said|reports|describes|is|has|can'?t)\b",
    re.IGNORECASE,
)
# A negation reaches the symptoms after it in its own clause, not past a comma: "worse not
# better, he's running 102F" still has the fever.
_NEGATION_BEFORE = re.compile(
    r"\b(no|nae|not|without|never|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|isn'?t|aren'?t|wasn'?t|nor|zero|"
    r"denies|free of|ruled out|nothing(?! but)|none of (the following|these|those|them)|neither)\b"
    # "nothing new for me but today I can't lift my foot": "but" ends what the negation reaches.
    r"((?!\bbut\b)[^.;,!?\n]){0,30}$",
    re.IGNORECASE,
)
_LONG_AGO = re.compile(
    r"\b(years?|yrs?|months?|decades?) (ago|back(?! (pain|ache|problems?|issues?|trouble)))\b|"
    r"\bback in (january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\blast (year|summer|winter|spring|autumn)\b|\bas a (kid|child|teen)\b|"
    r"\b(back )?in (19\d\d|200\d|201\d)\b|\bin the ([5-9]0s|nineties|eighties|seventies)\b|\bwhen (i|he|she) was (\d+|a (kid|child|teen\w*|baby|toddler)|young|little|at school)\b",
    re.IGNORECASE,
)
# A question about the world rather than about someone: "can a slipped disc cause bladder problems?"
_QUESTION_START = re.compile(
    r"^\W*((and|so|but|also|ok|okay|oh|then)\W+)?(what|whats|what's|why|how|when|which|who|where|can|could|does|do|is|are|will|"
    r"would|should|if)\b",
    re.IGNORECASE,
)

_BACK = r"(back|spine|spinal|neck|lumbar|sciatic\w*|disc|disk|tailbone|coccyx|hips?|buttocks?|legs?)"
_BODY_FLUIDS = r"(bladder|bowels?|pee|wee|urin\w*|poo|poop|stool|toilet|loo|number (one|two|1|2)s?)"
_SADDLE = (
    r"(toilet paper|the paper|loo roll|toilet roll|tissue when i wipe|wiping|(when|after) (i|he|she|they) wipes?|saddle|groin|genitals?|private( parts)?|privates|bum|butt|bottom|back passage|anus|"
    r"inner thighs?|between (my|the|his|her) legs|down there|crotch|perineum|vagina|penis|testicles|seat area|(my|his|her) bits|"
    r"nether regions?|undercarriage|backside|arse)"
)
_MEDICINE = (
    r"(ibuprofen|naproxen|paracetamol|acetaminophen|tylenol|advil|aleve|nurofen|calpol|motrin|aspirin|codeine|co-codamol|tramadol|"
    r"gabapentin|pregabalin|lyrica|neurontin|amitriptyline|duloxetine|diazepam|valium|cyclobenzaprine|"
    r"methocarbamol|muscle relaxers?|muscle relaxants?|opioids?|oxycodone|oxycontin|hydrocodone|morphine|fentanyl|"
    r"steroids?|prednisolone|prednisone|blood thinners?|warfarin|apixaban|antidepressants?|nsaids?|"
    r"anti-?inflammator\w*|pills?|tablets?|meds|medicines?|medications?|painkillers?|pain killers?|prescriptions?|"
    r"patch(es)?|doses?|injections?|jabs?|voltarol|diclofenac|gels?|creams?|lidocaine|ointments?|sertraline|fluoxetine|"
    r"citalopram|escitalopram|methotrexate|metformin|insulin|lithium|meloxicam|celecoxib|etoricoxib|turmeric|"
    r"glucosamine|supplements?|vitamins?|ssris?|antibiotics?|sleeping pills?|zopiclone|clonazepam|cbd( oil)?|cortisone|"
    r"cannabis|weed|marijuana|kratom|herbal \w+|fish oil|omega[- ]?3|alendron\w*|bisphosphonates?|calcium|vitamin d|"
    r"buprenorphine|butrans|prozac|zoloft|cymbalta|lexapro|effexor|venlafaxine|mirtazapine|xanax|ambien|flexeril|"
    r"robaxin|mobic|celebrex|naprosyn|ultram|percocet|vicodin|norco|solpadeine|amlodipine|ramipril|lisinopril|statins?|"
    r"clopidogrel|rivaroxaban|xarelto|eliquis|levothyroxine|the pill|hrt)"
)
_NUMB = (
    r"(numb\w*|no feeling|(can'?t|cant|cnt|cannae|canna|couldn'?t|couldnt|could not|cannot) (really |properly |fully |quite )?feel|"
    r"lost (the )?feeling|tingl\w*|pins and needles|dead)"
)


@dataclass(frozen=True)
class Rule:
    name: str
    label: SafetyLabel
    pattern: re.Pattern[str]
    personal: bool = True  # fires only when the message speaks of someone's own situation
    recent: bool = False  # skipped when the message says it was long ago
    requires: tuple[re.Pattern[str], ...] = ()  # each must also appear somewhere in the message
    unless: re.Pattern[str] | None = None  # the rule does not apply when this appears
    negatable: bool = True  # "no fever" switches it off; talk of self-harm is never switched off
    unless_earlier: bool = False  # `unless` may also appear in the other turns ("on purpose, I'm dieting")


def _rule(
    name: str,
    label: SafetyLabel,
    pattern: str,
    *,
    personal: bool = True,
    recent: bool = False,
    requires: tuple[str, ...] = (),
    unless: str = "",
    negatable: bool = True,
    unless_earlier: bool = False,
) -> Rule:
    def compiled(text: str) -> re.Pattern[str] | None:
        return re.compile(text, re.IGNORECASE) if text else None

    return Rule(
        name,
        label,
        re.compile(pattern, re.IGNORECASE),
        personal,
        recent,
        tuple(re.compile(text, re.IGNORECASE) for text in requires),
        compiled(unless),
        negatable,
        unless_earlier,
    )


URGENT, ADVICE, OFF = SafetyLabel.URGENT, SafetyLabel.PERSONAL_ADVICE, SafetyLabel.OFF_TOPIC
_CANT = (
    r"(can'?t|cant|cnt|cannot|can not|cannae|canna|canny|couldn'?t|couldnt|could not|unable to|not (being )?able to|"
    r"(haven'?t|havent|hasn'?t|hasnt|not) been able to)"
)
_PROCEDURE = (
    r"(surgery|an operation|the operation|operation|fusion|discectomy|microdiscectomy|laminectomy|epidural\w*|"
    r"(steroid |nerve |facet )?(injection|injections|jab|block)s?|radiofrequency|rfa|ablation|prp|stem cells?|"
    r"disc replacement|kyphoplasty|vertebroplasty|stimulator|decompression|an? mri|mri|a scan|scans?|an? x-?ray|x-?rays?)"
)

RULES: tuple[Rule, ...] = (
    _rule(
        "self_harm",
        URGENT,
        r"\b(kill(ing)? (my|him|her)self|suicid\w*|end (it all|my (own )?life|things|it)\b|ending (it|my (own )?life|things)|"
        # Someone else's life only with a wish or a plan: not "the vet says it may be kinder to end her life".
        r"(want\w*|rather|going|thinking (of|about)|plan\w*|tr(y|ies|ied|ying)|talk\w* (of|about)|threaten\w*) (to )?(\w+ ){0,2}"
        r"end(ing)? (his|her|their) (own )?life|"
        r"enough to make (it|things|everything) (peaceful|stop|end)|(planning|plan) (my|your|their) (own )?exit\b|"
        r"(i'?ve|ive|i have) (picked|chosen|set) (a|the) date\b(?! for)|spare key\b[^?!]{0,60}\binsurance|"
        r"insurance (papers|policy|documents)\b[^?!]{0,60}\bspare key|(scratch\w*|pick\w*|claw\w*) (at )?(my|his|her) (\w+ )?"
        r"(arms?|legs?|skin|thighs?) (till|until) (they|it) bleeds?|(looked|looking|look) up how high (the|a) (\w+ )?"
        r"(bridge|building|cliff|roof|car ?park)|(so |really )?(tired|sick) of being a burden|(if|when) i'?m not (around|here) "
        r"(after|by)\b[^?!]{0,60}\b(make sure|look after|gets fed|feed|take care of)|(don'?t|dont|do not) think i (want|wanna) "
        r"(to )?(be here|live|be alive|go on)|saying (good)?bye to (anyone|everyone|everybody|all of you)|(gave|given|giving) "
        r"(\w+ ){0,6}to (my|his|her) \w+\b[^.?!]{0,40}\b(won'?t|wont|not going to|no longer|don'?t|dont) (be )?need\w*|"
        r"(i'?ve|ive|i have) made (my )?peace\b|sort\w* (out )?the will\b|everyone (will|'?ll) be (fine|better|ok|okay|alright|"
        r"happier)\b(?! (if|when|once|after))|(press|hold|put)\w* (a |the |my )?(lighter|lit cigarette|cigarette|hot (iron|pan|knife)|"
        r"flame) (to|on|against) (my|his|her) (\w+ )?(arms?|legs?|skin|thighs?|wrists?|hands?)|"
        r"self[- ]?harm\w*|no point (in|to) (anything|any of it|life|living|going on|carrying on)|"
        r"what'?s (even )?the point (of|in) (anything|any of it|it all|life|living|going on|carrying on|being here)\b|"
        r"(tired|sick) of (waking up(?! (stiff|sore|in (pain|agony)|with|early|at \d|every|each|achy|aching|hurting|like|to|in the night))|living|being alive|life|being here|existing)\b|"
        r"(thought|thinking|thinks) (about|of) how (she'?d|he'?d|i'?d|i would|she would|he would|to) (do it|end it)|"
        r"unalive (my|him|her|them)sel(f|ves)|counted out (all )?(my|the|his|her) (\w+ )?(pills|tablets|meds)|"
        r"(collecting|collected|saving|saved|stockpil\w*|hoard\w*) (\w+ ){0,3}(sleeping|sleep) (pills|tablets|meds)|"
        r"(saved|saving up|stockpiled|collected|hoarded) (\d+|a few|several|some|two|three|four|five) (boxes|packs|packets|bottles|strips)\b|"
        r"after tonight (it )?(doesn'?t|doesnt|won'?t|wont|will not) matter|"
        r"(the )?pain (won'?t|wont|will not) matter (soon|much longer|for long)|"
        r"(written|writing|wrote|left) (\w+ ){0,2}(letters?|notes?) (\w+ ){0,3}(to|for) (my|the|her|his|their) (kids|children|family|wife|husband|"
        r"partner|mum|mom|dad|parents|son|daughter)|hurt(ing)? myself|(cut|cuts|cutting|burn|burning|harm|harming) (my|him|her|them)sel(f|ves)|(been |started |keeps |is )cutting (my|his|her|their) (arms?|wrists?|thighs?|legs?|skin)|"
        r"(found|seen|saw|noticed|spotted) (\w+ ){0,2}(cuts|scratches|burns|scars) on (my|his|her|their) (arms?|wrists?|thighs?|legs?|tummy|stomach)|(don'?t|dont|do not) want to (live|be alive|be here|"
        r"wake up|go on)|not (wake|waking) up|never wake up|better off (dead|without me)|no (reason|point) (to|in) "
        r"(live|living|going on|carrying on)|(take|taking|swallow\w*) (all|every|the whole|the lot|them)\b[^.?!]{0,40}\b(at once|in one go)|"
        r"so (it|everything) (all )?(just )?stops\b|(take|took|taking|swallow\w*) (the |a )?(whole|entire|full) "
        r"(box|bottle|packet|pack|tub|strip)|how (many|much)\b[^.?!]{0,40}\b(would it take|it would take|it'?d take)|"
        r"(this|it) (is|will be) my last (winter|christmas|summer|birthday|year)|painless way|"
        r"saving up (my )?\w+( pills| tablets| meds)?\b[^.?!]{0,40}\b(take|taking|swallow)|"
        r"(better|easier|fine|happier|manage\w*)[^.?!]{0,30}\bif i (just )?(wasn'?t|wasnt|was not|weren'?t) (here|around)|"
        r"(pills|tablets|meds) (she'?s|he'?s|i'?ve|they'?ve|she has|he has|i have) been (collecting|saving|hoarding|stockpiling|stashing)|"
        r"saving up (my )?(\w+ )?(pills|tablets|meds)|(putting|put|keeping|kept|squirrel\w*) (my |the |some )?(\w+ )?(pills|tablets|meds) "
        r"(by|aside)|(stockpil\w*|hoard\w*) (\w+ ){0,2}(pills|tablets|meds|painkillers)|overdose|"
        r"giv(e|en|ing) (away )?(all )?(of )?(my|his|her) (stuff|things|belongings|possessions|treasures)( away)?\b"
        r"(?![^.?!]{0,30}\b(charity|charities|move|moving|downsiz\w*|declutter\w*|car boot|ebay|vinted))|"
        r"(took|taken|swallowed|necked|downed) ([\w-]+ ){0,4}(pills|tablets|meds|medication|painkillers|co-?codamol|tramadol|paracetamol|codeine|"
        r"oxycodone|oxy|gabapentin|pregabalin|diazepam|morphine|amitriptyline)\b[^.?!]{0,30}\b(on purpose|deliberately|intentionally)|(took|taken|swallowed|necked|downed) (way |far )?(too many|heaps of|loads of|a lot of|a load of|a handful of|handfuls of) (of )?(my |his |her |the )?(\w+ )?(pills|tablets|meds|painkillers)|want to die|wanna die|can'?t go on(?! (doing|working|with (this|my|the) (job|work)))|"
        r"(don'?t|dont|do not|doesn'?t|doesnt|does not|can'?t|cant) (really )?see (the|any) point (in |of )?(carrying on|going on|living|life|it all|"
        r"being here|being alive|any of it|anything any ?more|any ?more|waking up|getting up)|goodbye (letters?|notes?)|suicide notes?|"
        r"better off (not|without)|easier not to be here|better off if (i|i'?m|im) (\w+ ){0,2}(didn'?t|didnt|did not|wasn'?t|wasnt|gone|not|dead)|"
        r"(if|wish|hope|hoping|pray|praying) i (could )?(just )?(didn'?t|didnt|did not|never|don'?t|dont|won'?t|wont) wake up"
        r"(?! (my|the|him|her|them|us|our|your|anyone|everyone|everybody|any|in time|early|late|stiff|sore|in (pain|agony)|with|aching|achy|hurting|feeling))|"
        # Patois and dialect: "mi nuh waan wake up", and being gone unnoticed.
        r"(nuh|no|nah) (waan|want|wan|wanna) (fi |to )?(wake up|live|be here)|"
        r"(nobody|no ?one|no-one) (would|will|'?d|wud) (even )?(miss|notice|care)\b[^.?!]{0,30}\b(gone|dead|died|here|around|went)|"
        r"(looking at|eyeing|staring at|thinking about|bought|buying) (the|a) rope|rope in the (shed|garage|loft|barn|attic)|"
        r"(not|won'?t|wont|don'?t|dont) (plan|intend|expect) (on|to) (be|being) around|(won'?t|wont|not going to) be around (much|for much|a lot|very) longer|"
        r"(giving|gave|given) (\w+ ){0,3}away\b[^.?!]{0,60}\b(won'?t|wont|not going to|no longer|don'?t|dont) (be )?need|"
        r"(put|putting|get|getting|got|sort\w*) (my|all my) affairs in order|"
        r"(in case|for when|for the day|the day|if) i (\w+ ){0,2}(i'?ve|ive|i have) had enough|"
        r"saving up (my )?\w+\b[^.?!]{0,60}\b(enough|in case|for when|one day|just in case)|"
        r"not (to )?be here (at all|any ?more)|not to be here|disappear for good|(stop|stops|end|ends|over) for good|"
        r"make (it|the pain|everything) stop (for good|forever|permanently)|(driv\w*|crash\w*|steer\w*) "
        r"(\w+ ){0,2}into (a|the) (wall|tree|truck|lorry|river)|jump\w* (off (a|the) (bridge|building|roof|cliff|balcony|tower|car park)|in front)|step\w* in front of|"
        r"(throw|throwing|threw|hurl\w*|fling\w*) (my|him|her)self (off|from) (a|the) (\w+ )?(bridge|building|roof|cliff|balcony|"
        r"tower|car ?park|ledge|overpass|window)|(throw|throwing|threw|hurl\w*|fling\w*) (my|him|her)self (in front of|under) (a|the)\b|walk\w* (out )?into the (sea|river|lake|ocean)|swim\w* out (to sea|into the sea)( and not)?|"
        r"(think\w*|thought) about (taking|swallowing|necking) (the whole lot|the lot|all of (them|it)|all (my|the|those) "
        r"(pills|tablets|meds|boxes))|(taking|take|swallow\w*) (the whole lot|all of them)\b[^.?!]{0,40}\b(stop|end|sleep)|"
        # Asking what amount would kill, holding doses back, reading up on methods.
        r"(how much|how many|what amount|what dose|which dose)\b[^.?!]{0,60}\b(stop (your|my|the|a) heart|be (fatal|lethal|deadly))|"
        r"(keeping|kept|holding|held) back (my |some )?(\w+ )?(ones|pills|tablets|meds|doses)|"
        r"(reading|read|looked|looking|research\w*) (up )?(about|into|on) (helium|exit bags?|nitrogen)|for good,? for good|"
        r"sort\w* (everything|it all|things) out for good|(drop|jump|leap) off (a|the) (\w+ )?(bridge|building|roof|cliff)|"
        r"(looked|looking) at which (bridge|one)|(like|as if) (he|she|they|i) (was|were) saying goodbye|"
        r"locked (him|her|my|them)sel(f|ves) in (\w+ ){0,3}with (the |a |his |her )?(medicine|pills|tablets|meds|knife|razor)|"
        r"(manage|cope|be fine|be better|get on)\w* (\w+ ){0,2}(fine |better |ok )?(without|wi'?oot) me|"
        r"cutting again|(cut|cutting|burn\w*) (again )?to (take my mind|cope|feel)|(would it|will it|is it) be (peaceful|painless)|"
        r"(i'?m|im|she'?s|he'?s|shes|hes) '?ready to go'?(?! (out|home|back|to|for|on|in|now))|(saving|hoarding) (them|it) up|"
        r"says (she'?s|he'?s|shes|hes) saving them|last day of (my )?(suffering|life|pain)|"
        r"(told|showed) (\w+ ){0,3}where (my|his|her|their|the) (will|passwords?|documents) (is|are)|"
        r"(enough|plenty) (of )?(my )?(\w+ )?(meds|pills|tablets) saved( up)?|(won'?t|wont) need (it|them|this|one) (much|for much) longer|"
        r"sort\w* (out )?(my|his|her) will\b|saved up (a good few|a few|some|loads|lots|a load|plenty) (of )?(my|his|her)|"
        r"(star\w*|looking|look\w*) at the bridge|tonight('?s| is| feels like) the night|(found|hidden|hiding|hides) (\w+ ){0,3}(blades|razors)|"
        r"not planning on (waking|wakin)|to be final\b|(how high|what height)\b[^.?!]{0,40}\b(fatal|final|kill|die)|"
        r"hose ?pipe\b[^?!]{0,80}\bgarage|garage\b[^?!]{0,80}\bhose ?pipe|not for accidental reasons|"
        r"won'?t be needing (it|them|this)|(taken|took) the lot|finish everything|(put|putting|sorted) my papers in order|"
        r"(least painful|painless|easiest|quickest|gentlest|peaceful) way to (go|die|do it|end)\b|"
        r"(how high|how tall|how many (floors|storeys|stories|feet|metres|meters))\b[^.?!]{0,50}\b(to be sure|(not|never|wouldn'?t|won'?t) survive)|"
        r"(gave|given|giving|handed) (my|our) (dog|cat|pets?)( away)? to\b[^.?!]{0,50}\bso (he|she|they|it)('ll| will| can) be "
        r"(looked after|taken care of|cared for)|(made|make|taken|took) (my|the) (final )?decision\b[^.?!]{0,30}\b(calm|at peace)|"
        r"this (is|will be) my (very )?last question\b|engine running\b[^?!]{0,60}\b(garage|door shut|doors? (shut|closed))|"
        r"garage\b[^?!]{0,60}\bengine running|(won'?t|wont|will not) need (any of )?(it|them|this|that|anything)\b[^.?!]{0,12}\b(after|past|beyond) "
        r"(sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|this week|next week|this month|the weekend)|"
        r"(not|won'?t|wont) (\w+ ){0,3}(be|being) (\w+ ){0,4}(much|any) longer\W+or anywhere|"
        r"saved (up )?for when (i'?m|im|i am) (done|finished|ready)|(won'?t|wont) need (it|them|this|one) (for )?(very |that )?long\W+anyway|"
        r"saving (up )?(my|his|her|their) (oxy\w*|morphine|tramadol|codeine|co-?codamol|diazepam|gabapentin|pregabalin|amitriptyline|"
        r"painkillers|opioids|sleeping pills)\b|for when it (all )?gets too much|something happens to me and it'?s not an accident|"
        r"(covered|sorted|looked after|provided for) (once|after|when) (i'?m|im|i am) gone|(won'?t|wont) need (\w+ ){0,2}where (i'?m|im|i am) going|"
        r"(won'?t|wont|will not) be (around|here|alive) (by then|next (week|month|year)|long enough)|(won'?t|wont|not) be a burden (\w+ )?(much|any) longer|"
        # "done with everything, not just my back"; "done with everything the physio gave me" is no crisis.
        r"(i'?m|im|i am) done with (everything|it all|life|living)\b(?! (for (today|tonight|now|the day)|(that|the|my|they|he|she|you)\b))|"
        r"(gave|given|giving) away (my|his|her|their) (whole |entire )?(\w+ )?collection|"
        r"(won'?t|wont) make it (that|this) long\b[^.?!]{0,30}\b(don'?t|dont) want to|"
        r"hid (\w+ ){0,3}(knives|pills|tablets|blades|razors|rope|belts?) (away )?from (my|him|her)self|"
        r"(hid|hidden|hiding) (\w+ ){0,4}(pills|tablets|meds)\b[^.?!]{0,30}\bjust in case|"
        r"wr(ote|itten|iting) (\w+ ){0,2}letters? to (each|all) of us|"
        r"sav(ing|ed) (up )?(mine|them) up\b|enough this time|(won'?t|wont) be my problem (any ?more|much longer)|"
        r"(cat|dog|pets?|budgies?|rabbits?|bird|parrot) (will )?needs? (a )?new homes? after|"
        r"(bank|accounts?|passwords?|paperwork)\b[^.?!]{0,40}\bwithout me\b|(won'?t|wont) be (around|here|alive) (for (it|that)|to see)|"
        r"(started |been |keep )?doing it on my (arms?|wrists?|legs?|thighs?|skin)|"
        r"(top (floor|level|deck|storey)|roof) of (the |a )?(\w+ ){0,2}(car ?park|multi-?stor(e)?y|parking (garage|structure))\b"
        r"[^!]{0,80}\b(keep thinking|thinking about|going up there)|"
        r"(die\w*|death|happens to me)\b[^.?!]{0,30}\b(was ?n'?t|wasnt|is ?n'?t|isnt|'?s not|is not|not) (an accident|accidental|natural)|"
        r"(i'?m|im|i am) done fighting|enough (that |so )?(you|i|he|she) (just )?(don'?t|dont|wouldn'?t|won'?t|never) wake up|"
        r"(i'?ve|ive|i have) picked my birthday|gets that day and then no more|"
        r"(burn\w*|cut\w*|stab\w*|scratch\w*) (my|his|her) (\w+ )?(arms?|legs?|thighs?|wrists?|skin|hands?)\b[^.?!]{0,30}"
        r"\b(lighter|distract\w*|to cope|to feel|(back )?pain stop)|stab\w* (my|his|her) (thigh|arm|leg|hand|wrist)s?\b|"
        r"(get|read|find|see) my goodbye|(after|once|when) (i'?m|im|i am) gone\b(?! (for|on|to|away|out))|"
        r"(amount|enough|many|much) (\w+ ){0,4}(that )?would do it\b|\b(tramadol|diazepam|pills|tablets|meds|oxy) put by\b|"
        r"(i'?m|im|i am) (not|no longer) (here|around) any ?more|"
        r"(returned|paid off|cancell?ed)\b[^?]{0,80}\blast thing on (the|my) list|"
        r"sort\w* (things|everything|stuff) (out )?so (i )?(won'?t|wont) need|"
        r"thank(s| you) for everything\W+(\w+\W+){0,3}look after|tying up (all )?(the |my )?loose ends|"
        r"(giving|given|gave) (stuff|things|everything) away|(bye|goodbye) for (good|ever)\b|want (it|them|that) to be enough|"
        r"stockpil\w*|texted (me )?goodbye|(taking|take) all (her|his|my|their) (\w+ )?(pills|tablets|meds|tramadol|\w+) tonight)",
        personal=False,
        negatable=False,
        # "my deadlift form was suicidal": a joke about technique, and the only self-harm word in it.
        # Also "no thoughts of harming myself" in a list of what the writer does not have, and
        # "can amitriptyline cause suicidal thoughts?": only when nothing else in it says crisis.
        unless=r"^(?!.*\b(kill|end it|die(?! of (boredom|embarrassment|shame|cringe|laughter))|dying|overdose|not (be )?here|"
        r"better off|can'?t go on)\b)"
        r".*\b((form|technique|pace|driving|plan|idea|schedule|squat|deadlift|lift)\w* (\w+ ){0,3}(was|is|looks?|looked) "
        r"(\w+ ){0,2}suicidal|(no|not|never|without|nor|denies) (any )?(thoughts|feelings|ideas) of (harming|hurting) (my|him|her)self|"
        r"(not|never|no longer) (been |feeling |feel )?suicidal|no suicidal (thoughts|feelings|ideas)|"
        r"(not|never|n'?t) (going to|gonna|planning (to|on)|about to|ever (going to|gonna)) (hurt|harm)(ing)? (my|him|her)self|"
        r"cause (\w+ ){0,4}suicidal (thoughts|feelings|ideas)|"
        r"(goodbye|farewell|resignation) (letter|note|email) to (the|my) (job|work|warehouse|boss|team|office|company|colleagues)|"
        r"self[- ]?harm\w* as a (teen\w*|kid|child)\b[^?]*\b(don'?t|dont|never) act on (them|it)|"
        # A question about others or in general, or a past attempt the writer has come through.
        r"suicid\w* (risk|rates?|prevention|statistics|screening)|(you|people|someone|patients) (\w+ ){0,8}(feel |have )?suicidal|"
        r"overdose (risk|rates?|deaths?)|risk of (an )?overdose|"
        r"(jumped|fell) off (a|the) (\w+ )?(roof|bridge|wall|balcony)[^.?!]*(for a laugh|for fun|on a dare|in (19|20)\d\d|years ago)|(don'?t|dont|not) want to overdose|overdose by accident|"
        r"(attempt\w*|tried) (suicide|to (kill|end)) [^?]*\b(good place|doing (well|ok|okay|great)|much better|got through it|lots of support|support now|(he'?s|she'?s|i'?m|hes|shes|im) stable)\b|"
        r"overdosed (once |twice )?(\w+ ){0,3}(years|yrs) ago\b[^?]*\b(stable|in recovery|clean|sober)\b|"
        r"(ask|asked|asking) (\w+ ){0,4}about suicide|lost (\w+ ){0,3}to suicide|"
        # A drill in basketball and football: "suicide sprints".
        r"suicides? (sprints?|drills?|runs?|shuttles?|lines)|die of (boredom|embarrassment|shame|cringe|laughter))\b",
    ),
    _rule(
        "bladder_bowel",
        URGENT,
        rf"\b((lost|losing|loss of|lose|no(?! (trouble|problems?|issues?|difficulty)\b)) (\w+ ){{0,3}}(control|feeling|sensation)\w* (\w+ ){{0,4}}{_BODY_FLUIDS}|"
        rf"({_CANT}|don'?t|dont|not|no longer) (\w+ ){{0,3}}(feel|tell|know|notice|control|hold|stop|sense)\w* "
        rf"(\w+ ){{0,6}}{_BODY_FLUIDS}|"
        rf"(lost|losing|lose|loss of|no) (\w+ ){{0,2}}{_BODY_FLUIDS} control|"
        rf"{_CANT} (\w+ ){{0,2}}(pee|wee|urinate|pass (urine|water)|empty (my|his|her) bladder|go to the toilet|poo)|"
        r"(whet|wet|pee|peed|pee'?d|weed) (my|him|her)sel(f|ves)\b[^.?!]{0,25}\b(with ?out|without|w/o) (\w+ )?(feeling|noticing|knowing)|"
        r"(stool|poo|pee|urine|wee) came out\b[^.?!]{0,30}\bwithout (him|her|me|them) (\w+ )?(knowing|noticing|feeling)|"
        rf"{_CANT} (\w+ ){{0,2}}(feel|tell|know|sense) when (i|he|she|they) (needs?|ha(ve|s)) to go\b|"
        rf"accidents? (\w+ ){{0,3}}(with|from|of) (my|his|her) {_BODY_FLUIDS}|no (urge|need|sensation) to (pee|wee|urinate|poo)\b|"
        rf"(?<!nearly )(?<!almost )(wet|peed|pissed|pished|soiled|pooed|pooped|messed|peeing|weeing|pissing|pooing|pooping) ((my|him|her)sel(f|ves)|masel|mysel)(?! (laugh\w*|with laughter))|incontinen\w*|dribbl\w* (\w+ ){{0,2}}(urine|pee|wee)|"
        rf"leak\w* (\w+ ){{0,3}}(wee|pee|urine|poo)|{_BODY_FLUIDS} (\w+ ){{0,3}}(accident|leak\w*|won'?t work|"
        rf"stopped working|gone|gave out)|had an accident(?! (at work|on the road|in the car|on my bike|at the gym))|"
        rf"(strain\w*|struggl\w*|trouble|hard|difficult\w*) (\w+ ){{0,2}}to (start )?(pee|peeing|wee|weeing|urinat\w*)|"
        rf"(trouble|problems?|difficulty|issues?|struggl\w*|hard time) (\w+ ){{0,2}}controlling (\w+ ){{0,2}}{_BODY_FLUIDS}|"
        rf"barely anything comes out|(pee|wee|go|urinate|bladder|full|bursting)\b[^.?!]{{0,25}}\bnothing (comes|came|will come) out|barely (been able to |managed to |able to )?(pee|wee|urinate)|(dribbl\w*|trickl\w*) out|"
        rf"(haven'?t|havent|hasn'?t|hasnt|not) (been able to )?(pee|peed|wee|weed|urinated|"
        rf"passed (urine|water)|been for a (wee|pee)) (since|all|for|at all|today|from)\b|"
        rf"{_CANT} (\w+ ){{0,2}}go (properly |at all )?(since|all day|all night|today)\b)",
        # A small child wetting themselves on the writer is not the writer's bladder.
        unless=r"^(?!.*\b(my (bladder|bowels?)|i (can'?t|cant|cannot)|incontinen\w*)\b).*\b(toddler|baby|little one|kid|"
        r"grand(son|daughter|child|kid)|puppy)s? (who |that )?(had |has )?(wet|peed|pooed|pooped|soiled) (him|her|them)sel(f|ves)\b",
    ),
    _rule(
        "saddle_numbness",
        URGENT,
        # "goes into my bum, no numbness" denies it: no negation may stand between the two.
        rf"\b({_NUMB}\W+(\w+\W+){{0,8}}{_SADDLE}|(wiping|when i wipe)\W+(\w+\W+){{0,2}}(feels?|felt|is|was) "
        r"(\w+ )?(strange|weird|odd|funny|different|wrong)|"
        rf"{_SADDLE}\W+((?!(no|not|without|never|nor)\b)\w+\W+){{0,4}}{_NUMB}|saddle an(a)?esthesia)",
        # The name of the symptom asked about ("what does saddle numbness mean?"), unless someone has it.
        unless=r"^(?!.*\b((?<!think )i have|i'?ve got|ive got|i got|i'?m getting|im getting|i feel|i can'?t|my (bum|groin|bottom|privates)|"
        r"(client|patient|she|he) (says|said|reports|describes)|started (this|today|after|an? |at )\w*)\b)"
        r".*\b(mention\w*|means?|meaning|what is|what'?s saddle|whats saddle|what does|why is|important|like where|where is it|"
        r"(keep an eye|watch) (out )?for|triage|red flags)\b"
        # A numb bum from a long sit or ride that wears off as soon as one stands is ordinary,
        # unless it is still numb or has not come back.
        r"|^(?!.*\b(still|has ?n'?t|has not|not (come|gone)|never (came|went))\b)(.*\b(sit|sat|sitting|seated)\b[^.?!]{0,80}\b"
        r"(goes|went|gone|wears|wore|disappears|disappeared|eases|fades)\b[^.?!]{0,20}\b(away|off|when|as soon|once|after)\b|"
        r".*\b((goes|go|went|gone) away|wears off|wore off|disappears|came back|comes back|come back|back to normal|feeling back|"
        r"fine within|fine after)\b[^.?!]{0,60}\b(stand\w*|stood|get up|got up|get off|got off|getting off|walk\w*|move|moving|"
        r"shift\w*|minutes?|mins?|an hour|once i)\b|.*\ball (the )?feeling('?s| is)? back\b|"
        r".*\b(its|it'?s|all|feeling|feels?) (all )?(normal|fine) (now|again|down there)\b|"
        r".*\b(went|gone) away (\w+ ){0,2}(the )?(next|same|following) (day|morning|week)\b)",
    ),
    _rule(
        "leg_weakness",
        URGENT,
        r"\b((legs?|foot|feet|knees?)\W+(\w+\W+){0,4}(giving way|gave way|giving out|gave out|buckl\w*|"
        r"(getting|going|gone|gotten|got|grown|growing|become|becoming) (weak|weaker|floppy|dead)|collaps\w*|won'?t (hold|move|work|lift)|dragging|drags|dragged|floppy|flop\w*|slap\w*|catch\w* (it |my (toes?|foot) )?on|scuff\w*|"
        r"slapping)|foot ?drop|drop ?foot|dragging (it|my (left |right )?(leg|foot))|(gone|going|went|turned) (from \w+ )?to weak|"
        r"(legs?|knees?) (\w+ ){0,2}(went|gone|go|going|give) (out )?from under|(walking|balance|legs)('s| is| has| have)? (\w+ )?(got|getting|gone|become|been) "
        r"(\w+ )?(clumsy|unsteady|wobbly)|(keep|kept|keeps) tripping|tripping over nothing|weakness in (\w+ ){0,2}(legs?|foot|feet)|"
        r"(walk\w*|stagger\w*) like (he'?s|she'?s|i'?m|hes|shes|im|i was|he was|she was) drunk|numb legs (on )?both sides|"
        r"(foot|feet|toes?) (\w+ ){0,3}(won'?t|wont|doesn'?t|doesnt|can'?t|cant|cannot) (lift|come up|move|bend up)|"
        r"tripping over (my|his|her) (own )?(foot|feet|toes)|(can'?t|cant|cannot) walk straight|"
        r"(keep|kept|keeps) dropping (stuff|things)|hands (are|have been|feel|got) (\w+ )?clumsy|clumsy hands|"
        rf"{_CANT} (pull|lift|raise|bring) (\w+ ){{0,2}}(toes|foot|feet) up|"
        rf"{_CANT} (lift|move|feel) (my|his|her|either|both) (left |right )?(legs?|foot|feet|toes)|"
        rf"{_CANT} (walk|stand) on (my|his|her) (heels|toes|tiptoes)|{_CANT} push (my|his|her) (left |right )?(foot|feet) down|"
        # "can't stand up straight" after a twinge is a back in spasm, not failing legs.
        rf"({_CANT}|barely) stand( up)?\b(?!( up)? (straight|upright|tall))|"
        r"(both|my|his|her) legs (\w+ ){0,3}(numb|weak|heavy|dead|jelly|tingl\w*)|(legs?|knees?) (went|go|goes|going|gone|turned) (all )?(to )?jelly|"
        rf"{_CANT} (really )?stand on (my |the |his |her )?(right|left)( one| leg| foot)?\b|"
        r"(legs?|foot|feet) (\w+ ){0,2}(get|gets|getting|growing|grows) (heavier|weaker|worse) (every|each|by the)|"
        r"barely (step|climb|lift (my|his|her) (leg|foot|feet))\b)",
        recent=True,
        # Tired legs after a workout are not a failing nerve; "what's foot drop?" asks about a term.
        unless=r"^(?!.*\b(gave way|giving way|dragging|drag|slapp?\w*|(can'?t|cant|cannot) lift|weak\w*|trip\w*)\b)"
        r".*\b((what'?s|whats|what is|what does)( exactly| actually)?( is)? (a )?(foot ?drop|drop ?foot)|(foot ?drop|drop ?foot)\W{1,3}what is it|"
        r"(wore|worn) off\b[^.?!]{0,40}\b(fine|normal)|"
        r"mention\w* (\w+ ){0,3}(foot ?drop|drop ?foot))|\bafter (\w+ ){0,4}(squats|leg day|gym|workout|training|spin class|marathon|half marathon|runs?|"
        r"\d+ ?(k|km|miles?|mile run)|hike|bushwalk|walk|bike ride|ride|cycle|practice|match|game|shift|dance|dancing|"
        r"rehearsals?|class|classes|intensive|camp|tournament|drills)\b"
        r"|\b(heavy and tired|tired and heavy)\b",
    ),
    _rule(
        "infection",
        URGENT,
        r"\b((?<!hay )fever\w*|high temp\w*|temperatures?|running (a )?temp\w*|temp \d|chills|shiver\w*|rigors|(night )?sweats|the shakes|"
        r"burning up|(wake|woke|wakes|waking) (\w+ ){0,2}(drenched|soaked)|"
        # "38 weeks pregnant", "39 years old" and "eGFR 38" are not temperatures.
        r"(?<!gfr )(?<!gfr of )(?<!i'm )(?<!im )(?<!i am )(?<!stage )(?<!size )(?<!bmi )(?<!bmi of )(?<!age )(?<!aged )3[89](\.\d)? ?(c|°c|degrees)?(?! ?(weeks?|wks?|years?|yrs?|y/?o|kg|kilos?|lbs?|mins?|minutes|hours?|hrs?|days?|"
        r"months?|miles?|km|%|cm|inch\w*|pounds|stone|laps?|reps?)\b)|10[1-4](\.\d)? ?(f|°f|degrees)|"
        r"(wound|site|scar|incision|cut) ([\w-]+ ){0,5}(red|hot|oozing|pus|leaking|swollen|weeping|smells)|"
        r"(i|he|she|they) (\w+ ){0,2}(inject(s|ed|ing)?\b(?! (my |his |her )?(insulin|ozempic|wegovy|mounjaro|methotrexate|b12|"
        r"heparin|enoxaparin|clexane|fertility|humira|\w+ pen))|shoot\w* up)|injecting (drugs|heroin|for)|been injecting)\b",
        requires=(rf"{_BACK}|epidural|injection|surgery|operation|fusion|procedure",),
        # "had a fever last month with covid, all gone now" is a past illness.
        unless=r"^(?!.*\b(still (\w+ )?(got|have|has|running|burning|feverish|hot|shiver\w*|sweat\w*|a (fever|temp\w*|high))|"
        r"again|now (i|it|he|she)\b(?!'?d\b|'?ll\b| would| just| want)|now my\b(?! (back|neck|spine))|today|tonight|this (morning|evening|week)|came back|back up)\b)"
        r".*\b((had|got) (a )?(fever|temperature|temp)\b[^.?!]{0,30}\b(last (week|month)|with (covid|flu|the flu|a cold|a virus))|"
        r"all gone|(fever|temperature|temp)('?s| has| is)? (went|gone|broke|cleared|settled)|(but )?(that'?s|thats|which'?s|which has) been gone|no (fever|temperature|temp) (for|since)|"
        r"temp(erature)?('?s| has| is)?( been)? (normal|back to normal) (for|since)|antibiotics sorted|turned out (to be|it was)|(he|she)'?s fine now|"
        r"(it|that|the fever) went away|i feel fine now|(totally |completely |fully )?over it now|all treated|now all better|all better now|"
        r"(had|got) (the )?(flu|covid|a cold|a virus|a bug) (\w+ )?(last (week|month)|\w+ (weeks|months) ago)|"
        r"(antibiotics|tablets|meds) (\w+ ){0,2}(cleared|sorted|fixed|got rid of) (it|that|the infection)\b)",
    ),
    _rule(
        "cancer_history",
        URGENT,
        r"\b((had|have|history of|survivor|treated for|in remission from|diagnosed with|recovering from|beat|beaten|survived|"
        r"fought|got over|all clear from) (\w+ ){0,3}"
        r"(cancer|tumou?rs?|lymphoma|myeloma|leukaemia|leukemia|melanoma|chemo\w*)|"
        r"(treatment|radiotherapy|radiation|chemo\w*|surgery) for (\w+ ){0,2}(cancer|tumou?rs?|lymphoma|myeloma|melanoma)|"
        r"(cancer|tumou?r|lymphoma|myeloma|melanoma) (survivor|patient|history|hx)|"
        r"(cancer|tumou?r|lymphoma|myeloma|melanoma|leuka?emia)\b[^.?!]{0,25}\b(ago|all clear|remission)|(on|having|finished|started) chemo\w*|"
        r"(has|have|had|got|with) (\w+ ){0,3}(cancer|lymphoma|myeloma|leukaemia|leukemia|melanoma)|"
        # Clinicians' shorthand: "hx breast ca 2019".
        r"hx (of )?(\w+ ){0,2}(ca|cancer|malignancy)\b|(breast|prostate|lung|bowel|colon|colorectal|renal|kidney|thyroid) (ca|cancer)\b)",
        requires=(rf"{_BACK}|pain|ache|aching|hurt\w*",),
        # A long all-clear and the same old back ache is not new back pain.
        unless=r"^(?=.*\b(all clear|discharged|\d+ ?(years?|yrs) clear|in remission|cancer[- ]free|scan\b[^.?!]{0,30}\bclear)\b)"
        r"(?=.*\b(same old|usual|nothing new|always (had|been)|for (\d+ )?(years|decades)|well before|since my (teens|twenties|thirties|20s|30s|40s)|"
        r"no back pain|(doesn'?t|don'?t) have any (back )?pain|not new|long before)\b)|"
        r"(?<!not )(?<!without )(?<!no )(?<!any )\b(hereditary|inherit\w*|runs? in (the |my |our )?famil(y|ies)|genetic)|"
        r"\b(she|he|they|(my )?(mum|mom|mam|mother|dad|father|gran\w*|nan|nana|uncle|aunt\w*|brother|sister|husband|wife|partner)) (sadly )?(passed|passed away|died)\b|\band sadly (passed|died)\b|\b(make|makes) me (more )?likely\b|cancer scare|turned (out|oot) (to be )?benign|\bmore likely to get (it|one|cancer)\b|"
        r"\b(doesn'?t|doesnt|does not) have any (back )?pain (right )?now\b|\b(has|have) none (now|right now|at the moment)\b|\b(years|decades) ago that turned out to be (her|his|their) (\w+ )?cancer\b|\b(i'?ve|ive|i have) never had (cancer|it)\b|\bno (new |back |new back )?pain (right now|now|at all|since|at the moment)\b|\bno back (problems|issues|trouble)\b|"
        # An acquaintance's illness, asked about to understand it: "my old boss had spinal cancer".
        r"\b(boss|colleague|co-?worker|neighbou?r|(lady|woman|man|guy|bloke) (at|from|in) (my|our|the))\b[^.?!]{0,30}\b"
        r"(had|has|with) (\w+ ){0,2}cancer",
    ),
    # Apart from cancer history, so that a reason for losing weight ("I'm on Ozempic") cannot
    # hide a cancer history in the same message.
    _rule(
        "weight_loss",
        URGENT,
        r"\b((unexplained|unintentional|sudden) (\w+ ){0,2}weight( loss)?|weight (loss|dropping|falling off)|"
        r"(lost|losing|dropped|dropping) (so much|such a lot of|a lot of|loads of|lots of|tons of|a ton of|heaps of) weight|"
        r"(clothes|rings?|trousers|jeans|belt|dress(es)?)\b[^.?!]{0,25}\b(hanging off|falling off|slid(e|ing)? off|swamp\w*)|"
        r"weight (\w+ )?(go(es|ing)?|went|gone|come|came|coming) down (very |so )?(much|a lot|fast|quick\w*)|"
        r"weight (\w+ )?(kam|ghat) (ho )?(gaya|gayi|raha|rahi)|"  # Hinglish: "weight bahut kam ho gaya"
        # A figure over a short time reads as unexplained unless the message says why: "down 6kg in 6 weeks".
        r"(down|lost|dropped|losing|dropping) (about |around |like |nearly |almost |over )?\d+(\.\d+)? ?(kg|kilos?|lbs?|pounds|stone)\b "
        r"(\w+ ){0,2}(in|over|within) (the (last|past) )?((\d+|a few|few|two|three|four|six|a couple of) (days|weeks?|wks)|(a|one|two|three|[123]) months?)\b|"
        r"(lost|losing|dropped) (\w+ ){0,3}(weight|stone|pounds|lbs|kilos?|kg|\d+ ?(kg|kilos?|lbs?|pounds|stone))\b[^.?!]{0,40}(without (even )?tryin|w/o tryin|not tryin|"
        r"no reason|no idea why|don'?t know why)|(no idea why|no reason|eating (the same|normally|as normal)|not (been )?trying|"
        r"haven'?t (been )?(trying|dieting))\b[^.?!]{0,80}\b(stone|kg|kilos?|lbs|pounds|weight)\b)",
        requires=(rf"{_BACK}|pain|ache|aching|hurt\w*|dard|kamar",),
        # The writer's own reason for losing weight; "I'm not on Ozempic" is none.
        unless=r"(?<!not )(?<!without )(?<!no )(?<!any )\b(on purpose|dieting|diet\b|intentional\w*|trying to lose|slimming|weight ?watchers|calorie|"
        r"(i'?m|im|i am|i'?ve been|ive been|i started|since starting|cos of|because of|thanks to) (on |taking |doing )?"
        r"(keto|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|intermittent fasting)|gastric (sleeve|band|bypass)|"
        r"since (giving birth|having (the|my) baby)|stomach bug|gastro|(started|starting|took up|taking up|joined|joining) (\w+ ){0,2}"
        r"(walking|running|gym|exercis\w*|training|swimming|cycling|classes)|at the gym|"
        r"(?<!'s )(?<! is )(on|with|from|doing) (keto|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|intermittent fasting|the \w+ (diet|soup)))\b|\bno (back )?pain (now|at all|since)\b|\bno back (problems|issues|trouble)\b",
        unless_earlier=True,
    ),
    _rule(
        "major_trauma",
        URGENT,
        r"\b(car (crash|accident|wreck)|crashed|rear[- ]?ended|shunted|t-?boned|fender[- ]?bender|write-?off|written off|totall?ed|(hit|knocked down|knocked over|knocked off|run over|struck|clipped|side-?swiped) (\w+ ){0,3}by|"
        r"(pinned|crushed|trapped) (between|under|against|by) (a |the )?\w+|"
        r"(car|van|lorry|truck|bus|taxi|motorbike|cyclist) (\w+ ){0,2}(clipped|hit|knocked|struck|ran (over|into)|went into) (me|him|her)\b|"
        r"fell (off|from|down)|fall from|falling (off|from)|came off (my|his|her|a|the) (\w+ )?(horse|bike|motorbike|"
        r"ladder|roof|scooter)|motorbike (crash|accident)|rtc|collision|landed (\w+ ){0,2}on (my|his|her) (back|neck|"
        r"head|bum|tailbone)|(came|crashed) down on (my|his|her) (back|neck|head)|thrown (from|by|off|across)|"
        r"hit the (gate|wall|ground|deck|fence|post|barrier|boards)|diving accident|"
        r"dived into|smacked (my|his|her) head|hit (my|his|her) head|went down the (steps|stairs)|"
        r"slipped (on|off|down)|(slipped|fell|tripped) (over )?(in|on) the (bath|shower|ice|stairs|steps|floor)|slid (off|down)|onto the floor|(took|taken|had|got) (a |an )?(massive |big |hard |huge |heavy |nasty |bad )?(hit|knock|blow|smash)\b|(fell|dropped|landed|came down) on (top of )?(me|him|her|my|his|her)\b|tackled|tackle|head[- ]?first|collided|ran into|went into a (wall|tree|post)|"
        r"hit (\w+ ){0,2}(hard|head[- ]?on)|speared|spear tackle|(bottom|under) of (a|the) (ruck|scrum|pile[- ]?up)|"
        r"scrum (collapsed|went down)|slammed (\w+ ){0,2}(down|onto|into|on (my|his|her|the))|body ?slammed)\b",
        recent=True,
        # A spill that hurt only a wrist or an ankle is not a spinal injury.
        requires=(
            rf"{_BACK}|head|hurt\w*|pain\w*|agony|sore|move|moving|feel|walk\w*|stand|get(ting)? up|"
            r"breath\w*|conscious|floor|ground",
        ),
        unless=r"\b(caught myself|just a bruise|only a bruise|didn'?t (actually )?fall|(tiny|small|short|little) (drop|slide)|"
        r"nothing hurts (any )?more than (usual|normal|my usual))\b|"
        r"^(?!.*\b(crash\w*|collision|fell|fall|knocked|car|accident|tackle\w*)\b).*\blike (i|i'?ve|ive|i had|he|she|it) "
        r"(\w+ )?(got |been |was |had been )?(hit|run over)\b",
    ),
    # Any fall is a red flag for someone old, on a blood thinner or with brittle bones, whom a
    # trip in the garden can leave with a fracture or a bleed. Earlier turns count for the risk
    # and the pain: "gran fell yesterday", "she's on rivaroxaban", "says it's only her back".
    _rule(
        "fall_at_risk",
        URGENT,
        r"\b(fell|fallen|had (a|another) (\w+ )?(fall|tumble)|(wee|bit of a|nasty|bad) fall|came down (hard|heavily) on|landed (hard|heavily|badly) on|fall (aff|off) (the|a|ma|my)|took (a|another) (\w+ )?(fall|tumble)|tripped|slipped(?! (a |my |his |her )?(disc|disk))|"
        r"keeled over|lost (my|his|her|their) (balance|footing)|found (him|her|them) on the floor)\b",
        recent=True,
        requires=(
            r"\b(gran|granny|grandma|grandmother|nan|nana|nanna|grandad|granddad|grandpa|grandfather|elderly|pensioner|oap|"
            r"old (man|lady|woman|fella|boy|girl|dear)|care home|nursing home|in (his|her|their) [789]0s|"
            r"(aged|is|he'?s|she'?s|i'?m|im|turned|turning) ([6-9]\d|1[01]\d)\b|([6-9]\d|1[01]\d) ?-?(yrs?|years?|y/?o|yo)\b|"
            r"(dad|mum|mom|mam|father|mother|grandad|grandma|gran|nan|husband|wife)'?s ([6-9]\d|1[01]\d)\b|(?<=\()([6-9]\d|1[01]\d)(?=\))|"
            r"warfarin|coumadin|rivaroxaban|xarelto|apixaban|eliquis|edoxaban|dabigatran|pradaxa|clopidogrel|plavix|"
            r"heparin|blood[- ]thinn\w*|anticoag\w*|osteoporo\w*|osteopenia|brittle bones)",
            rf"{_BACK}|hurt\w*|pain\w*|agony|sore|ache\w*|bruis\w*|espalda|duele|dolor|costas",  # and Spanglish
        ),
        unless=r"\b(caught (myself|himself|herself)|didn'?t (actually )?fall|no(body| one) (actually )?fell)\b",
    ),
    _rule(
        "vascular_or_heart",
        URGENT,
        r"\b(something|it) (tore|has torn|ripped|burst) inside\b|\b(tearing|ripping|ripped|torn feeling|torn apart|aneurysm|crushing)\b(?! (up )?(my|his|her) (stomach|gut|tummy))|"
        r"\bchest (\w+ ){0,3}(pain|pressure|tight\w*|heavy|heaviness|hurts|crush\w*)\b|\btight chest\b|"
        r"\b(short(ness)? of breath|can'?t (breathe|catch (my|his|her) breath)|cannot breathe|struggling to breathe|"
        r"breathless|(totally |completely |really )?winded (just |by |from |walking|going|climbing|doing)|puffed out (just |walking|going))\b|\bjaw\b(?![^.?!]{0,60}\b(tooth\w*|teeth|dentist|wisdom|clench\w*|grind\w*|chew\w*|click\w*|tmj|tmd|thing|bone|osteonecrosis|necrosis))|\bcold sweat|\bclammy\b|\bsweating (loads|a lot|buckets|heavily)\b|"
        r"\bpain (\w+ ){0,3}(spreading|going|radiating|moving) (\w+ ){0,2}(arm|jaw)\b|"
        r"\b(in|into|to|through) (my|his|her|the) chest\b|\bleft arm\b|\bout of breath\b|"
        r"\bcan'?t get (my |his |her )?breath\b|\bbreathing (is )?(hard|difficult|painful)\b",
        # "wisdom tooth throbbing, jaw swollen" is a dental problem, unless the heart's signs are there too.
        unless=r"^(?!.*\b(chest|arm|breath\w*|tearing|ripping|sweat\w*|back|neck)\b).*\b(tooth\w*|teeth|dentist|dental|wisdom|chew\w*|click\w*|tmj|tmd)\b",
    ),
    # Attempts to change the rules come before the advice rules: "pretend you're a doctor and
    # diagnose me" is not a request for a diagnosis.
    _rule(
        "instructions",
        OFF,
        r"\b(ignore (all |any |your |the |previous |prior |above |earlier )+(instructions|rules|prompts?|guidelines)|"
        r"(system|hidden|initial) prompt|(reveal|show|print|tell me|dump|output|give me) (me )?(all )?(your|the) "
        r"(hidden |secret |system |internal |original )?"
        r"(config\w*|settings|instructions|prompt|rules|source|api keys?|secrets?|environment|variables)|"
        r"jailbreak|developer mode|dan mode|pretend (you are|to be|you'?re|youre|ur)|you are now|"
        r"forget (all|everything|that|your|the) (\w+ ){0,3}(and|instructions|rules)|forget (that )?(you'?re|you are)|"
        r"(what|which) instructions (you were|were you|have you been|did you get)|"
        r"tell me (\w+ ){0,2}(your |the )?(instructions|rules|prompt)|"
        r"from now on you|disregard (all|your|previous)|reply (only|just) with)\b|"
        # Markup starts with a non-word character, so it stands outside the word boundaries above.
        r"<\s*/?\s*(script|iframe|img|svg|object|embed)\b|javascript:|\bon(error|load|click)\s*=",
        personal=False,
    ),
    _rule(
        "dose",
        ADVICE,
        rf"\b(\d+(\.\d+)?\s?(mg|mcg|milligrams?|ml|grams?)\b|doses?\b|dosage|what strength|which strength|how strong|"
        rf"how (many|much|often)\b[^.?!]{{0,60}}\b{_MEDICINE}|{_MEDICINE}[^.?!]{{0,40}}\bhow (many|much|often)\b|"
        rf"max(imum)? (amount|number)|max(imum)?\b[^.?!]{{0,30}}\b(take|have|a day|per day)|double (up|my|the)\b|(take|have|use) (\d+|two|three|four|a couple|extra|another|"
        rf"more)\b|(extra|another|more) (pill|tablet|dose|patch)\w*|instead of (one|1)\b|"
        rf"cut (\w+ ){{0,3}}in (half|two)|halve|split (the|my|her|his) (pill|tablet|patch)\w*|"
        rf"(\d+|two|three|four|five|six|eight) {_MEDICINE}\w* (a|per|each|every) (day|night)|"
        # "is 800 ibuprofen three times a day fine?": a strength without its unit.
        r"\d{2,4} ?(of )?(ibuprofen|naproxen|paracetamol|acetaminophen|tylenol|advil|aleve|nurofen|motrin|aspirin|codeine|"
        r"tramadol|gabapentin|pregabalin|lyrica|amitriptyline|duloxetine|diazepam|cyclobenzaprine|methocarbamol|oxycodone|"
        r"morphine|diclofenac|meloxicam|celecoxib|naprosyn)\b|"
        rf"(ok|okay|safe|alright|fine) to (keep|carry on|continue|stay)\b)",
        personal=False,
        requires=(_MEDICINE,),
    ),
    _rule(
        "combination",
        ADVICE,
        rf"\b((can|could|should|is it (ok|okay|safe|alright|fine) (for me )?to|safe to) (i |we )?(take|mix|combine|have|use|"
        rf"drink|add)\b[^.?!]{{0,60}}\b(with|and|alongside|together|while|on top of|on|plus|after)\b[^.?!]{{0,40}}\b"
        rf"({_MEDICINE}|alcohol|beer|wine|drinks?)\b|"
        rf"(i take|i'?m taking|im taking|i'?m on|im on|i am on|i'?ve been on|ive been on|i'?m pregnant|im pregnant|"
        rf"weeks pregnant|breast ?feeding)\b[^?!]{{0,80}}\b(can|could|should|is it (ok|okay|safe|alright|fine) to|"
        rf"safe (for me )?to|(ok|okay|safe|alright|fine) for me to) (i |we )?(take|have|add|use|mix|drink|give)|"
        rf"(can|could|should) (i|we) (take|have|use|mix) (\w+ ){{1,2}}(with|alongside|and|on top of|while on) my \w+|"
        rf"(with|alongside|plus|on top of|and) my {_MEDICINE}\b[^.?!]{{0,40}}\b(ok|okay|safe|alright|fine|together)|"
        rf"(?<!seem to )(?<!seems to )(take|taking|have|having|use|using) (them |the two )?both\b)",
        personal=False,
    ),
    _rule(
        "alcohol_or_several_medicines",
        ADVICE,
        rf"\b((ok|okay|safe|fine|alright|can i|could i|should i)[^.?!]{{0,80}}\b(beers?|wine|alcohol|drinks?|pints?|"
        rf"drinking|booze)\b|(beers?|wine|alcohol|drinks?|pints?|drinking|booze)\b[^?!]{{0,80}}\b(ok|okay|safe|fine|"
        rf"alright)\b|{_MEDICINE}\b[^?!]{{0,120}}\b{_MEDICINE}\b[^?!]{{0,80}}\b(fine|ok|okay|safe|alright|together)\b)",
        personal=False,
        requires=(_MEDICINE,),
    ),
    _rule(
        "medication_change",
        ADVICE,
        r"\b((should|can|could|do|does|shall|must) (i|we|she|he|they) (just |need to |have to )?(stop|quit|come off|get off|"
        r"switch|change|increase|reduce|keep taking|"
        r"cut (it |them )?down|lower|raise|up|skip|start|go back on|restart|swap)|"
        r"(ok|okay|safe|alright|fine) to (just )?(stop|quit|come off|skip|halve|cut down)|(stop|quit|stopped|stopping) taking|"
        r"(come|coming|get|getting) off (my|it|them|the|her|his)|wean (myself |her|him )?off|(keep|continue|carry on) taking|"
        r"cold turkey|(can|could|should) (i|she|he|they) (just )?(take|have) (it|them) (with|without|after|before|at)\b|"
        r"how long (should|can|do) i (keep )?(take|taking|stay on|be on)|(should|shud) (i|she|he|we) be (on|taking)|"
        r"ask (my|the|her|his) (gp|doctor|doc|physician|surgeon) (for|about)|"
        r"(can|could|should|may) i (give|take|use|have) (my|him|her|them|it|one|some|these|those)\b)",
        personal=False,
        requires=(_MEDICINE,),
    ),
    _rule(
        "own_medicine",
        ADVICE,
        rf"\b((am i|is (she|he|it)|are (we|they)) (\w+ )?(allowed|ok|okay|safe|alright|fine)\b[^?!]{{0,60}}\b{_MEDICINE}|"
        rf"{_MEDICINE}\b[^?.!]{{0,40}}\bfor me\b|"
        rf"which {_MEDICINE} (is|are|would be) (the )?(safest|best|safe|ok|okay) for (him|her|his|my)\b|"
        rf"(safe|ok|okay|alright|fine|allowed|dangerous|risky|bad|wise) for (me|him|her|them|my \w+) to (take|have|use|try|"
        rf"keep|give|get)|"
        rf"(can|could|should|may) (i|she|he|they|we|my \w+) (\w+ ){{0,2}}(have|take|use|try|rub|put|apply|give|get)\b"
        rf"[^.?!]{{0,40}}\b{_MEDICINE})",
        personal=False,
        requires=(_MEDICINE,),
    ),
    _rule(
        "own_diagnosis",
        ADVICE,
        r"\b((what'?s|what is|whats) wrong with (me|my|him|her)|do i have(?! to\b)|have i (got|torn|broken|slipped|herniated)|"
        r"(is|could) (this|that|it|mine|my (\w+ ){0,2}pain) (be )?(a |an )?(herniated|slipped|bulging|torn|sciatica|"
        r"stenosis|cancer|fracture|broken|serious|arthritis|piriformis|facet|disc)|diagnos\w* (me|my)|"
        r"what (do|does) (i|my) have|in my case|for me personally|my prognosis|whats my prognosis|"
        r"am i (a |an )?(good |suitable |possible )?candidate for|"
        r"(my |heres my |here is my |the )?(mri|x[- ]?rays?|xrays?|ct|scan|emg|nerve (conduction )?study|dexa)( scan| report| results?)? "
        r"(says|shows|said|showed|report|found|mentions|-|:)[^?!]{0,200}\b(mean|worry|worried|serious|bad|normal|"
        r"prognosis|should i|do i need|for me)\b|"
        r"(would|do) you recommend (i|me|that i)|which (one|treatment|option|of them|of those) (should|shud|would|do) "
        r"(i|you) (go for|choose|pick|have|get|do|recommend|ask)|which (one|of them) is right|(right|correct) about my|"
        r"do you (think|reckon) (my|it'?s|its|it is|this is|i)\b|(does|do) (that|this|it) mean (i|that i) (should|need|have|must)\b|enough for me|(should|shud) i (go ahead|proceed|agree|say yes) (with|to)|"
        r"what (do you (think|reckon)|would you say) (i'?ve|i have|i'?ve got|it is|this is|is wrong)|"
        r"what (have|'?ve) i (got|done)|(mean|means) (that )?(i|he|she|they)('?ve|'?s| have| has)? (got|broken|torn|slipped)\b|"
        r"(?<!carers )(?<!people )(?<!parents )(?<!families )in (my|his|her) (particular |own )?(case|circumstances|situation)|(this|it|mine) is (more )?likely (to be )?[^?.]{0,40}\bor\b|"
        r"(is|could) (that|this|it) what'?s (causing|behind)|"
        r"(are|is|could) (those|these|they|that|this|it) (\w+ )?(the (cause|reason)|causing|to blame|behind) (of |for )?(my|the|this)\b|"
        rf"(should|shud|shld|do|will) i (need|get|have|go for|do|try|accept|book) ([\w-]+ ){{0,4}}{_PROCEDURE}|"
        r"which (treatment|option|one) (is best |should i \w+ )?for me|is it safe for me to|"
        r"(which|what) (one |of them |of those )?(have i|do i have|i have)( actually| really)?( got)?\b|"
        r"(is|could) (this|that|it|mine) (be )?(com\w*|com\w* from|from) (from )?my|"
        r"(could|would|is|might) (this|that|it|my [\w-]+( [\w-]+){0,6}) (be )?(why|the (reason|cause)) (i|my)\b|"
        r"(mine|my \w+|it|this) (sounds?|seems?) (more )?like|"
        r"(is (it|this|mine)|it'?s) (more )?likely (to be )?[^?.]{0,40}\bor (just )?|"
        r"which (should|would|do) (i|you) (pick|choose|go for|do|have)|how worried should (i|we) be|"
        r"(is|would) (that|this|it) (be )?bad for me|(does|would|could|might|can) (that|this|it) explain (my|his|her)|"
        r"(is|could|might|are) (my|the) [\w-]+( [\w-]+)? (be )?(causing|behind|to blame for|the cause of) (my|this|the)\b|"
        r"(is|could) (it|this|that) (be )?(a |an )?[\w'-]+( [\w'-]+){0,2},? or (something|anything) (else|worse|serious)|"
        r"(worth it|a good idea|right|worth trying) for me|is mine (a |an )?[\w-]+ or (a |an )?[\w-]+|in (her|his|their|our) case|"
        r"(should|shud) i (let (them|him|her)|play (through|thru) it|sit (it )?out|go back)\b|"
        r"(can|could|should) (i|she|he) (get|have) another (one|shot|injection|jab|block)|"
        r"(can|could) (i|she|he) go back to (work|my|her|his) ([\w-]+ )?(early|earlier|sooner)|"
        r"(is|could) (it|this|that) (be )?(a |an )?[\w-]+( [\w-]+)? or (just )?(a |an )?(pulled |torn |strained )?"
        r"(muscle|disc|nerve|strain|sprain|sciatica|arthritis)\b|which is (it )?(more )?likely|is it (my )?[\w-]+ or (my )?[\w-]+\?|(am i|is (she|he)) ready to (start|go back|return|get back)|"
        r"(^|is (it|this|mine|that) (a |an )?|could (it|this) be (a |an )?)(slipped|herniated|bulging|pulled|torn|trapped|"
        r"pinched)? ?(disc|muscle|nerve|joint|sciatica|strain)\b[^?.]{0,25}\bor (just )?(a |an )?\w+ ?(muscle|disc|strain|"
        r"sprain|nerve|joint|sciatica|arthritis))\b",
        personal=False,
        # A report term asked about in general ("what does 'disc desiccation' mean?") is not a diagnosis.
        unless=r"^(?!.*\bmy (mri|scan|x-?ray|report|results?)\b).*\b(term|word|phrase|jargon)\b|"
        r"\bwhat does (that|this|the) (term|word|phrase|jargon)\b(?![^?]{0,40}\b(for me|should i|worr\w*))",
    ),
)

_SELF_HARM = next(rule for rule in RULES if rule.name == "self_harm")

# Skin on the back is not back health, unless it hurts (shingles, a wound after surgery).
_SKIN = re.compile(
    r"\b(acne|spots|pimples?|zits?|blackheads?|rash\w*|eczema|psoriasis|moles?|sunburn\w*|tattoos?|scars?|itch\w*|"
    r"hairy|hair removal|stretch marks?|birthmarks?|freckles?|warts?|cysts?)\b",
    re.IGNORECASE,
)
_PAIN = re.compile(
    r"\b(pain\w*|ache\w*|aching|hurt\w*|sore|tender|agony|stiff\w*|numb\w*|tingl\w*|burning|shooting)\b",
    re.IGNORECASE,
)
_SPINAL_PROCEDURE = re.compile(
    r"\b(spinal|spine|fusion|discectomy|microdiscectomy|laminectomy|epidural|back surgery|back op\w*)\b",
    re.IGNORECASE,
)
# "the back of my thigh" names a leg, not a back, unless pain runs down it from the back.
_BACK_OF_LIMB = re.compile(
    r"(?<!goes down the )(?<!going down the )(?<!runs down the )(?<!shoots down the )(?<!shooting down the )(?<!radiates down the )\bback of (my|the|his|her|your|their|one) (\w+ )?(thighs?|knees?|legs?|calf|calves|heels?|hands?|arms?|head|throat|eyes?)\b",
    re.IGNORECASE,
)

# Words that place a message in back, neck and spine health by themselves.
_SPINE_TERMS = re.compile(
    r"\b(back|backs|backache|lumbago|spine|spinal|spines|neck|lumbar|lumber|thoracic|cervical|sciatic\w*|discs?|disks?|"
    r"vertebra\w*|coccyx|tailbone|scoliosis|stenosis|spondyl\w*|sacroiliac|si joint|facet|whiplash|slipped|"
    r"herniat\w*|bulg\w*|pinched|nerves?|cauda|kyphoplasty|vertebroplasty|fusion|laminectomy|discectomy|"
    r"microdiscectomy|chiropract\w*|chiro|epidural\w*|ankylosing|spondylitis|kyphosis|lordosis|piriformis|mckenzie|derangement|"
    r"fusions|\w*listhesis|uncovertebral|"
    r"buttocks?|glutes?|shoulder blades?|osteoporo\w*|hunch\w*|backpacks?|compression fractures?|foot drop|drop foot|"
    r"pins and needles|saddle (an(a)?esthesia|numbness|area)|(down|into) (my|the|his|her|your) (left |right )?legs?|modic|endplates?|annul(ar|us)|osteophytes?|schmorl\w*|scheuermann\w*|spina bifida|pars|myelopathy|radiculopathy|discitis|osteomyelitis|arachnoiditis|coccydynia|[ltcs][1-9](-[ltcs]?[1-9])?)\b",
    re.IGNORECASE,
)
# Words common in back-care questions that also fit other topics: enough to keep a question in
# scope, not enough to outweigh an explicit other body part ("ankle sprain", "eye strain").
_SPINE_CONTEXT = re.compile(
    r"\b(posture|physio\w*|physical therap\w*|osteopath\w*|prp|platelet\w*|stem cells?|regenerative|mattress\w*|"
    r"pt (sessions?|appointments?|exercises?)|(skip|skipped|skipping|miss|missed|missing|at|doing|did|start\w*) pt|"
    r"waist (is )?(pain\w*|hurt\w*|ach\w*)|pain in (my |the )?waist|"
    r"pillows?|lifting|lift|ergonom\w*|desk|sitting|slouch\w*|pelvi\w*|hip|hips|ribs?|core|spasms?|stiff\w*|"
    r"sprain\w*|strain\w*|pilates|yoga|heat pack|ice pack|radiofrequency|ablation|injections?|mri|x-?rays?|"
    r"osteoporo\w*|inversion|traction|bend\w*|brace|corset|tens|massage|acupunct\w*|stretch\w*|sleep\w*|"
    # Medicines the articles discuss for back and nerve pain.
    r"nsaids?|ibuprofen|naproxen|meloxicam|diclofenac|celecoxib|paracetamol|acetaminophen|codeine|co-codamol|"
    r"tramadol|gabapentin|pregabalin|amitriptyline|duloxetine|muscle relax\w*)\b",
    re.IGNORECASE,
)
_OTHER_BODY = re.compile(
    r"\b(knees?|elbows?|wrists?|ankles?|toes?|fingers?|thumbs?|feet|foot|teeth|tooth|toothache|gums?|mouthguards?|"
    r"orthodont\w*|dentists?|dental|eyes?|eyesight|"
    r"ears?|skin|rash\w*|acne|eczema|psoriasis|hair|stomach|reflux|heartburn|indigestion|ibs|bowel cancer|"
    r"migraines?|headaches?|pre-?eclampsia|ha?emorrhoids|throat|cough\w*|(a|the) cold\b|common cold|colds\b|flu|covid|asthma|diabetes|blood pressure|cholesterol|thyroid|"
    r"periods?|menstrua\w*|morning sickness|nausea|kidney stones?|gout|bunions?|plantar|achilles|tennis elbow|"
    r"carpal tunnel|hamstring|calf|acl|mcl|meniscus|varicose|hair loss|dislocated (my|his|her) (shoulder|knee|elbow|finger)|"
    r"shin splints|acid reflux|stomach acid|hip replacement|knee replacement|(hip|knee) replaced|running shoes|rotator cuff|"
    r"frozen shoulder|shoulder (impingement|replacement|dislocation|tend\w+)|tendinitis|tendonitis|bursitis|"
    r"(sub)?acromi\w*|labral|labrum|mitral|ejection fraction)\b",
    re.IGNORECASE,
)
# Body parts (not symptoms such as a cough) whose own diagnosis is outside our scope.
_OTHER_LIMB = re.compile(
    r"\b(knees?|elbows?|wrists?|ankles?|toes?|fingers?|thumbs?|teeth|tooth|eyes?|ears?|shins?|shoulders?|arms?)\b",
    re.IGNORECASE,
)
_ANIMAL = re.compile(
    # "cat-cow" is a stretch and "horse riding" a person's sport.
    r"(?<!like a )(?<!like a wet )(?<!off the )(?<!on the )(?<!onto the )(?<!walked the )(?<!walking the )(?<!walk the )(?<!bird )(?<!bird-)\b(dogs?|cats?(?![- ]cow)|pupp(y|ies)|kittens?|pets?(?! (ke|pe|par|mein|me|dard)\b)|horses?(?! ?(riding|rider|back riding|float|box|trailer))|rabbits?|ponies|pony|dachshunds?|sausage dog|labradors?|"
    r"spaniels?|terriers?|retrievers?|collies?|pugs?|bulldogs?|greyhounds?|beagles?|corgis?|guinea pigs?|hamsters?|"
    r"staff(y|ie|ies)|schnauzers?|poodles?|huskies|husky|chihuahuas?|cockapoos?|cavapoos?|westies?|whippets?|"
    r"ferrets?|the vet|my vet)('?s)?\b",
    re.IGNORECASE,
)
# A pet that was only in the way: "she tripped over the dog and landed on her back".
_TRIPPED_OVER_A_PET = re.compile(
    r"\b(trip\w*|fell|fall\w*|stumbl\w*) (over|on) (the|my|our|his|her|their) (dog|cat|puppy|kitten|pet)s?\b",
    re.IGNORECASE,
)
_OWN_BACK = re.compile(
    r"\b(my|your) (\w+ ){0,2}(back|neck|spine|tailbone|coccyx|sciatica|discs?)\b|\b(humans?|people|persons?)\b|\bi (hurt|strained|pulled|twisted|injured)\b|"
    r"\b(fell|falls?|falling|came|thrown) off\b|\bmy (left |right )?(legs?|feet|foot|bladder|bum|groin|bottom|chest)\b|"
    r"\bi (can'?t|cant|cannot|couldn'?t) (feel|walk|stand|move|pee|wee)\b|\b(knocked|pulled|dragged) me\b",
    re.IGNORECASE,
)
# Backing up a device: another task, and no back.
_BACKING_UP = (
    r"\bback(ing)? up (my |the |her |his |our |your |\w+'s )?(\w+ )?(phone|iphone|android|photos|pictures|files|data|"
    r"laptop|computer|pc|mac|contacts|chats|whatsapp|drive)\b"
)
_OTHER_TASK = re.compile(
    r"\b(write|draft|compose|generate|translate)\b (\w+ ){0,4}(cover letter|essay|poem|story|email|code|program|"
    r"script|song|cv|resume|joke|tweet|homework|limerick|haiku|rap)|\blearn (python|java(script)?|to code|coding|programming)\b|\btranslate\b[^?!]{0,160}\b(into|in) [A-Z]?[a-z]+|"
    rf"{_BACKING_UP}",
    re.IGNORECASE,
)

# The writer says outright that the question is not about their own body now.
_ASKING_IN_GENERAL = re.compile(
    r"\b(general (pooch|puch|pooc)\w*|general info chahiye|mujhe abhi kuch nahi|general question|generally speaking|(not|isn'?t) (happening )?to me|hypothetical\w*|"
    r"(asking )?for future reference|(friend|mum|mom|dad|teacher|coach) (says|said)\b[^.?!]{0,100}\bis (that|it|this) true|what does ['\"\u2018\u201c][\w -]{3,30}['\"\u2019\u201d] (actually |even )?mean|for (a|my|our) (\w+ )?(class|course|exam|essay|"
    r"assignment|module|studies|revision|dissertation)|in (a|my|our) (\w+ )?(class|course|lecture|module)|came up in (a|my|our|the) (\w+ )?(class|course|lecture|module|exam)|"
    r"(learning|studying|reading) (about|abt) (it|this|them|that|red flags)|asking (generally|in general|for general)|"
    r"first aid (sheet|course|leaflet|poster|training)|(asking |it'?s )?for (\w+ ){0,2}(staff )?training\b|writing (a|an|the|my) (\w+ ){0,3}(leaflet|poster|handout|guide|blog|article|novel|story|book|script|screenplay|scene)|if (\w+ ){0,3}ever\b|just (want|wanted|trying) to be prepared|"
    r"what to (look|watch) out for|(she'?s|he'?s|they'?re) (perfectly )?(fine|well) at the (minute|moment)|"
    r"(perfectly|completely) (well|fine) myself|i'?m (well|fine) myself|why do (doctors|gps|they|physios|nurses) (ask|check)|"
    # A coach asking for the list: "give me 5 red flags with the words clients use for them".
    r"(give me|list|name|what are) (\w+ ){0,2}(red flags|warning signs)\b|i (don'?t|dont|do not) have (it|that|any of (those|them)),? (my|i'?m|im|just)|"
    # Someone else's story that has already reached a hospital: "our neighbour ended up in hospital".
    r"(neighbou?r|colleague|co-?worker|someone (i know|at work)|a (guy|woman|man|lady|bloke) (at|from|i))\b[^.?!]{0,80}"
    r"\b(ended up|was|got) (\w+ ){0,2}(in hospital|admitted)|(ambulance|paramedics) (took|came for) (him|her|them)|"
    # A stranger's story read somewhere: "an amazon review where the guy said he lost bladder control".
    r"(reviews?|comments?|forum|reddit|thread|post|video|tiktok|youtube|podcast)\b[^.?!]{0,60}\b(the |a |this |some |one )?"
    r"(guy|woman|man|lady|bloke|person|reviewer|poster|author) (said|says|wrote|writes|claimed|claims|mentioned)|"
    r"(he'?s|hes|she'?s|shes|they'?re) (totally |perfectly )?(fine|well|ok|okay) right now\W+just (wondering|curious|asking)|"
    r"just (curious|wondering|asking),? i (don'?t|dont|do not) have (it|that|any of (those|them))\b|"
    r"(he'?s|she'?s) being looked after|bystanders?|(exam|nursing|medical|physio) (revision|question|prep)|revision (notes|cards|question)|"
    r"presents with|case study|revising (for (an? |my |the )?(exam|test|finals|boards)|(\w+ )?(anatomy|physiology|nursing|pathology))|(nursing|medical|physio|paramedic\w*|pharmacy|sports science|kinesiology|chiropractic|osteopathy) student|(nursing|medical|med|physio|paramedic) school|student nurse|in general\b[^.?!]{0,80}(?=\?)|"
    # A story from further off: "my sister's friend had ...", "a colleague needed an operation".
    r"\w+'?s (friend|colleague|neighbou?r|boss)|(colleague|co-?worker|neighbou?r|boss)\b[^.?!]{0,100}\b(needed|had|got) "
    r"(an |the )?(operation|surgery|op))\b",
    re.IGNORECASE,
)
# "my knee clicks, back is totally fine": the back is named only to rule it out.
_BACK_IS_FINE = re.compile(
    r"\b(my |the )?(back|neck)('?s| is)( (totally|completely|perfectly|absolutely|actually))? (fine|ok|okay|good|great|not the problem)\b"
    r"|\b(neck and back|back and neck) (are|r) (\w+ )?(fine|ok|okay|good)\b|\bno pain in (my |the )?(neck|back)( or (neck|back))?\b"
    r"|\bnot (my|the) (back|neck)\b",
    re.IGNORECASE,
)
# "Asking for a friend lol": the joke says the friend is the writer, so a general-sounding
# question with it is read as personal.
_WINK = re.compile(
    r"\basking (for a (friend|mate)|hypothetically)\W*(lol|lmao|haha|hehe|jk|😅|😉|😬|🙃|😂|👀)|"
    # "hypothetically ... because that's sort of what's happening to me right now"
    r"\b(that'?s|thats|this is|which is) (sort of |kind of |basically |exactly |actually )?what('?s| is) happening to me\b",
    re.IGNORECASE,
)
_GENERIC_YOU = re.compile(r"\b(you|your|yourself|someone|somebody|people|a person)\b", re.IGNORECASE)
# A general question turned personal: "can a disc make you lose control of your bowels? because
# that's what happened to me this morning".
_HAPPENED_TO_ME = re.compile(
    r"\b(that'?s|thats|this is|which is) (exactly |just )?what('?s| is)? (\w+ )?happen\w* (to|with) (me|him|her|my \w+)\b",
    re.IGNORECASE,
)

IN_SCOPE = SafetyDecision(SafetyLabel.IN_SCOPE, "none", "no safety rule applies")


def _fires(rule: Rule, text: str, context: str = "") -> str:
    """The words that fire `rule` in `text`, or an empty string when it does not apply.

    `context` (earlier turns) may supply what the rule `requires`: "can I take 600?" after
    "I'm on gabapentin" asks for a dose.
    """
    winks = rule.personal and bool(_WINK.search(text))
    if rule.personal and not winks and not _PERSONAL.search(text) and _QUESTION_START.match(text):
        return ""
    if rule.personal and (_asks_in_general(text, winks) or asks_in_general_in_other_languages(text)):
        return ""
    if not all(required.search(f"{text}\n{context}") for required in rule.requires):
        return ""
    if rule.unless and rule.unless.search(f"{text}\n{context}" if rule.unless_earlier else text):
        return ""
    for match in rule.pattern.finditer(text):
        if rule.recent and _told_long_ago(text, match.start(), match.end()):
            continue  # "I fell off a ladder years ago": that injury is past, not this week's
        if (
            rule.personal
            and _GENERIC_YOU.search(text[max(0, match.start() - 12) : match.end()])
            and not _HAPPENED_TO_ME.search(text)
            and not winks
        ):
            continue  # "can a disc make you lose control of your bladder?" asks about anyone
        if (
            rule.negatable
            and rule.label is SafetyLabel.URGENT
            and _NEGATION_BEFORE.search(text[: match.start()])
        ):
            continue
        return match.group(0)
    return ""


def _asks_in_general(text: str, winks: bool) -> bool:
    """Whether `text` says it is not about the writer ("general question, not happening to me:
    why is chest pain into the back serious?"). A wink undoes "hypothetically", not an exam; nor
    is a question general once the person is in the room ("... my client, he's here now")."""
    if _HERE_NOW.search(text):
        return False
    return any(
        not (winks and match.group(0).lower().startswith("hypothetical"))
        and not _UNSAID.match(text, match.end())
        for match in _ASKING_IN_GENERAL.finditer(text)
    )


# "for my exam lol... actually not lol, my dad is here": the general reading taken back at once.
_UNSAID = re.compile(
    r"\W*(\w+\W+)?(actually not|actually no|not really|jk|just kidding|kidding)\b", re.IGNORECASE
)
_HERE_NOW = re.compile(
    r"\b(he'?s|hes|she'?s|shes|they'?re|theyre|(he|she|they|who) (is|are)) (here|with me) (now|rn|right now)\b",
    re.IGNORECASE,
)


# The present, told after a long-ago event: "surgery back in 2018 and now my foot flops again".
_NOW_AGAIN = re.compile(
    r"\b(now|again|today|tonight|this (morning|afternoon|evening|week)|since (yesterday|last night|this morning|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))\b",
    re.IGNORECASE,
)


def _told_long_ago(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding the span from `start` to `end` places it long ago, and no
    present ("and now", "again since friday") stands between the long-ago words and the span."""
    sentence_start, sentence_end = _sentence_bounds(text, start, end)
    ago = _LONG_AGO.search(text, sentence_start, sentence_end)
    if not ago:
        return False
    return not _NOW_AGAIN.search(text, ago.end(), max(ago.end(), start))


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or line) of `text` that holds the span from `start` to `end` begins
    and ends."""
    sentence_start = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
    stops_after = [i for i in (text.find(stop, end) for stop in ".!?\n") if i != -1]
    return sentence_start, min(stops_after, default=len(text))


def check_message(message: str, history: Sequence[str] = ()) -> SafetyDecision:
    """Class one user message, keeping the urgency of the last few earlier user turns.

    >>> check_message("I can't feel my groin and my back is agony").label.value
    'urgent'
    >>> check_message("can a herniated disc cause bladder problems?").label.value
    'in_scope'
    """
    context = "\n".join(history[-3:])
    urgent_rules = [rule for rule in RULES if rule.label is URGENT]
    # A pet's back is not ours to advise on, even when its legs give way; a person's crisis still
    # comes first.
    animal = None if _TRIPPED_OVER_A_PET.search(message) else _ANIMAL.search(message)
    # Romanian "cât paracetamol" asks how much, of no cat.
    if (
        animal
        and not _OWN_BACK.search(message)
        and not _fires(_SELF_HARM, message)
        and not advice_in_other_languages(message)
    ):
        return SafetyDecision(OFF, "animal", f"about {animal.group(0)!r}, not a person's back")
    for rule in urgent_rules:
        if words := _fires(rule, message, context):
            if rule is _SELF_HARM and _crisis_told_as_past(message):
                continue
            # Lines of the message that take this red flag back; one on any other line still counts.
            lines = message.splitlines()
            retelling = [line for line in lines if takes_back(line, rule)]
            others = [line for line in lines if line not in retelling]
            if (
                retelling
                and rule is not _SELF_HARM
                and any(_fires(rule, turn) for turn in history[-3:])
                and not any(_fires(rule, line, context) for line in others)
            ):
                continue  # "scratch that, it was my shoe catching on the rug" retells to take back
            return SafetyDecision(URGENT, rule.name, f"matched {words!r}")
    flag = red_flag_in_other_languages(message, context)
    # "perdón, me expresé mal, la fiebre la tuvo mi hijo" retells an earlier red flag to take it back.
    everything = "\n".join([*history[-3:], message])
    if (
        flag
        and taken_back(message)
        and any(red_flag_in_other_languages(turn, everything) for turn in history[-3:])
    ):
        flag = None
    if flag:
        return SafetyDecision(URGENT, flag[0], f"matched {flag[1]!r} (not English)")
    turns = list(history)[-3:]
    for index in reversed(range(len(turns))):
        earlier, later = turns[index], "\n".join([*turns[index + 1 :], message])
        for rule in urgent_rules:
            if rule.recent and _LONG_AGO.search(later):
                continue  # "that was 8 years ago, healed fine" puts the earlier injury in the past
            if rule is not _SELF_HARM and takes_back(f"{earlier}\n{later}", rule):
                continue  # the turn itself or a later one says it was a false alarm
            if rule is _SELF_HARM and _self_harm_is_over(earlier, later):
                continue
            if words := _fires(rule, earlier, f"{context}\n{message}"):
                return SafetyDecision(
                    URGENT, f"earlier_turn:{rule.name}", f"an earlier message said {words!r}"
                )
        if not takes_back(f"{earlier}\n{later}") and (
            flag := red_flag_in_other_languages(earlier, f"{context}\n{message}")
        ):
            name, words = flag
            if name in _ENDED_BY_TIME and long_ago_in_other_languages(later):
                continue  # "mialem wypadek" and then "to bylo 2 lata temu"
            if name != "self_harm" and asks_in_general_in_other_languages(later):
                continue  # "perte de contrôle de la vessie ?" and then "c'est pour mon mémoire"
            reason = f"an earlier message said {words!r} (not English)"
            return SafetyDecision(URGENT, f"earlier_turn:{name}", reason)
    other = _OTHER_BODY.search(message)
    other_body_only = other and not _SPINE_TERMS.search(
        _BACK_IS_FINE.sub(" ", _BACK_OF_LIMB.sub(" ", message))
    )
    for rule in RULES:
        if rule.name in ("own_diagnosis", "own_medicine") and other_body_only and _OTHER_LIMB.search(message):
            continue  # "stubbed my toe, is it broken?" is outside our scope, not a diagnosis we withhold
        if rule.label is not URGENT and (words := _fires(rule, message, context)):
            return SafetyDecision(rule.label, rule.name, f"matched {words!r}")
    # "Mein Knie knackt, ist das schon Arthrose?" asks about a knee, not a diagnosis we withhold.
    if (joint := other_joint_in_other_languages(message)) and not mentions_spine(message):
        return SafetyDecision(
            OFF, "other_body_part", f"about {joint!r}, not the back, neck or spine (not English)"
        )
    if advice := advice_in_other_languages(message):
        return SafetyDecision(ADVICE, advice[0], f"matched {advice[1]!r} (not English)")
    if task := _OTHER_TASK.search(message):
        return SafetyDecision(OFF, "other_task", f"asks for {task.group(0)!r}, not back health")
    if cooking := cooking_in_other_languages(message):
        return SafetyDecision(OFF, "other_task", f"asks about {cooking!r}, not back health (not English)")
    if other_topic := other_topic_in_other_scripts(message):
        name, words = other_topic
        return SafetyDecision(OFF, name, f"about {words!r}, not back health (not English)")
    if (
        (skin := _SKIN.search(message))
        and not _PAIN.search(message)
        and not _SPINAL_PROCEDURE.search(message)
    ):
        return SafetyDecision(OFF, "skin", f"about {skin.group(0)!r} on the skin, not back health")
    if other and other_body_only:
        return SafetyDecision(
            OFF, "other_body_part", f"about {other.group(0)!r}, not the back, neck or spine"
        )
    if general := _ASKING_IN_GENERAL.search(message):
        return SafetyDecision(SafetyLabel.IN_SCOPE, "asking_in_general", f"says {general.group(0)!r}")
    if asks_in_general_in_other_languages(message):
        return SafetyDecision(SafetyLabel.IN_SCOPE, "asking_in_general", "asks in general (not English)")
    return IN_SCOPE


# Talk of self-harm has no general take-back ("only joking, I'm fine" may hide a crisis), except a
# later turn that says the words were a figure of speech, or that the crisis is past and the
# writer safe: "not literally lol", "that was last year, I got help". "Ignore me, I was being
# dramatic" is not enough.
_FIGURE_OF_SPEECH = re.compile(
    r"\b(not literally|figure of speech|just an expression|(didn'?t|do ?n'?t|dont|do not) mean (it |that )?literally|not that (i'?d|id|i would) ever (actually )?do anything|(that|it) came out wrong\b.{0,80}\b"
    r"(i meant|(i'?m|im) (totally |completely )?fine|(i'?m|im) not (gonna|going to) do anything))\b",
    re.IGNORECASE,
)
_SAFE_NOW = re.compile(
    r"\b((i'?m|im|i am) (safe|in a (good|better|safe) place)( now)?|(got|get|getting) (the |some )?help|"
    r"(have|got|made) a safety plan|feel\w* (a lot |much )?safer|on the other side (of it )?now|in a (much )?better place now|"
    r"(i'?m|im|i am) (good|fine|ok|okay|well|doing (well|fine|ok|okay|great|much better)) now|turned it (all )?around)\b",
    re.IGNORECASE,
)
# Nearer than `_LONG_AGO`, and enough for a crisis told once and then answered with a safety plan.
_WEEKS_AGO = re.compile(
    r"\b(last (month|week)|(\d+|a few|few|a couple of) (weeks|months) ago)\b", re.IGNORECASE
)


# The red flags that a later "that was years ago" ends, as `Rule.recent` marks the English ones.
_ENDED_BY_TIME = {rule.name for rule in RULES if rule.recent}


def _crisis_told_as_past(message: str) -> bool:
    """Whether one message tells talk of self-harm and, after it, that it is over ("3 years ago I
    had a plan to end it. got help, I'm on the other side now"), as two turns may. What comes
    before the last words of self-harm cannot take them back ("I got help years ago, but ...")."""
    clauses = re.split(r"(?<=[.!?,;])\s+|\n", message)
    told = [index for index, clause in enumerate(clauses) if _fires(_SELF_HARM, clause)]
    if not told:
        return False
    last = told[-1]
    after = " ".join(clauses[last + 1 :])
    return bool(after) and _self_harm_is_over(" ".join(clauses[: last + 1]), after)


def _self_harm_is_over(earlier: str, later: str) -> bool:
    """Whether the turns after `earlier` take back its talk of self-harm, without any of their own."""
    if _fires(_SELF_HARM, later):
        return False
    past = (_LONG_AGO.search(f"{earlier}\n{later}") or _WEEKS_AGO.search(earlier)) and _SAFE_NOW.search(later)
    return bool(_FIGURE_OF_SPEECH.search(later) or past)


# A turn that takes an alarming one (or itself) back: "scratch that, it was numbing cream",
# "that sorted itself out, all fine since". Talk of self-harm is never taken back this way.
_TAKEN_BACK = re.compile(
    r"\b(scratch that|ignore (that|what i said)|not literally|not physically|(turns?|turned) out (it was|i'?d|i had|to be|that)|to (clarify|be clear)|"
    r"(doc|doctor|gp|physio) (checked|examined) (me|him|her)\b[^.?!]{0,40}\b(said|says) (it was|it'?s)|"
    r"i meant (my|that|they|the|he|she)|wind-?up|winding me up|nothing like that|worded (that|it) (badly|wrong\w*|poorly)|(sorted|cleared|settled) (itself|up|it)|(all|been) (totally |completely |perfectly )?(fine|good|ok|okay|normal) "
    r"(since|ever since|now)|long gone|(that|it) (was|'?s) nothing|(that|it) was (fine|just)(?! (at|until|till|this|yesterday|earlier|an hour|a few|before|when|in the|last|on))|false alarm|panicked for nothing|"
    r"actually (it'?s|its|that'?s|thats) (all )?(gone|fine|normal|ok|okay)|"
    r"(i'?m|im) (basically |totally |completely )?fine now|(scans?|x-?rays?|xrays?|mri|ct|ecg|ekg|bloods|blood tests?|tests)( scan)?( and [\w ]{1,20}?)? (were |was |came back |are |is |all )+(clear|normal|fine)|(sent|discharged) (me|him|her|them) home|(was|been|got) (checked|seen|assessed) (over )?(at|in|by) (the )?(hospital|a&e|er|ed|urgent care)|"
    r"(messing|mucking) (about|around) on my (phone|account)|(grabbed|took|nicked) my phone|"
    r"came out (wrong|confusing|badly)|wrong (words?|word)|"
    r"(feels?|are|is) (completely|totally|perfectly) normal|explained (it |that |this )?(badly|wrong)|not anything like that|"
    # Narrow on purpose: a turn can take itself back, so "never mind the pain, my groin is numb"
    # must not read as a correction.
    r"never ?mind\W+(\w+ ){0,2}(was|were|is|'s) (just|only|nothing))\b",
    re.IGNORECASE,
)
# Take-backs of one kind of red flag only: a normal temperature says nothing about numbness.
_FEELS_NORMAL = (
    r"(feels?|feeling is|is) (totally |completely |all )?normal (again|down there|now)|"
    r"(everything|all)('?s| is) (totally |completely )?normal (again|down there|now)|(?<!otherwise )all feels (\w+ )?normal(?! (except|apart|but|other than|otherwise))|"
    # "numbness has gone into my groin" is no take-back.
    r"(pins and needles|numbness|tingling) (has |have |is |are )?(all )?(gone (now|away|completely)|went away)"
)


def _by_rule(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Patterns keyed by the name of the urgent rule whose red flag they clear."""
    return {name: re.compile(rf"\b({pattern})\b", re.IGNORECASE) for name, pattern in patterns.items()}


_NO_FALL = (
    r"no(body| one) (actually )?fell|(i|he|she|they|we) didn'?t (actually |really )?fall|never (actually )?hit the (floor|ground)|"
    r"no (back )?pain at all\b[^.?!]{0,20}\b(i|he|she) feel\w* fine|nothing'?s broken|nothing (is|was) broken|"
    r"(scanned|x-?rayed|checked) everything|nothing broken"
)
_TAKEN_BACK_FOR = _by_rule(
    {
        "infection": r"(thermometer|reading)\b[^.?!]{0,40}\b(wrong|off|faulty|broken|dying|being (dumb|stupid|silly))|"
        r"(retook|re-?took|checked) (it )?again|(temp|temperature)('?s| is| was) (\w+ )?normal|no (fever|temperature|temp) at all",
        "bladder_bowel": rf"(peeing|weeing|i (pee|wee)|bladder('?s| is)|bowels?('?s| is| are)) (totally |completely |perfectly )?(fine|normal\w*)|"
        rf"no (bladder|bowel|waterworks) (problems|issues) (for me )?at all|{_FEELS_NORMAL}",
        "saddle_numbness": _FEELS_NORMAL,
        "leg_weakness": rf"{_FEELS_NORMAL}|now (she'?s|he'?s|i'?m|she is|he is|i am|they'?re) (\w+ )?(walking|moving|standing) (around )?"
        r"(fine|normally|normal|ok|okay)",
        "major_trauma": _NO_FALL,
        "fall_at_risk": _NO_FALL,
    }
)


# The general shape of a correction, for wordings the list above does not know: a line that says
# it corrects something ("sorry, I misread the thermometer") and gives the all-clear for that very
# red flag ("it was 36.9, no fever"), in which no red flag fires, given the earlier turns. Narrow
# on purpose, so that correcting one detail cannot drop another: feeling that came back does not
# take back a fever, a bare "fine" or "gone" is no all-clear, nor is one asked about ("is that
# normal?") or negated, and a line that still names a symptom takes back only part ("correction,
# only the left leg is getting weaker"). Self-harm, trauma, chest pain and cancer have no general
# all-clear: "only joking, I'm fine" is no reason to drop the crisis message.
_CORRECTING = re.compile(
    r"\b(misread|misunderst\w+|misspoke|mis-?typed|typo|autocorrect\w*|my mistake|i was wrong|got (it|that|the \w+) wrong|"
    r"wrong (word|thing|number|way round)|i meant(?! it\b)|not like that|"
    r"should(?:'?ve| have) (said|mentioned|explained)|let me (clarify|rephrase|explain)|correction|"
    r"(oh )?wait,? no|(only |just )?joking|jk)\b",
    re.IGNORECASE,
)
_FEELING_IS_BACK = (
    r"can feel (everything|it all)|(feeling|sensation)('s| is| has)? (all )?(come|came) back|"
    r"(feeling|sensation) (is )?(back to )?normal|nothing numb|strength('s| is) (fine|normal|back)"
)
_ALL_CLEAR = _by_rule(
    {
        "infection": r"no (fever|temperature|temp)|(do ?n'?t|dont|do not) have (a |any )?(fever|temperature|temp)|"
        r"(temp|temperature)('s| is| was) (fine|normal)",
        "saddle_numbness": _FEELING_IS_BACK,
        "leg_weakness": rf"{_FEELING_IS_BACK}|(legs?|feet)( are| is|'re)? (totally |completely |perfectly )?(fine|ok|okay|normal)",
        "bladder_bowel": rf"{_FEELING_IS_BACK}|(peeing|weeing|going)( to the (toilet|loo))? (totally |completely )?(fine|normally)",
        "weight_loss": r"(it'?s|it is|it was|that'?s|that is|that was) (all |totally |completely )?"
        r"(on purpose|intentional|planned|expected|deliberate)",
    }
)
_STILL_A_SYMPTOM = re.compile(
    r"\b(weak\w*|numb\w*|tingl\w*|worse|spreading|still|agony|leak\w*|dribbl\w*|smell\w*|wet|can'?t|cannot)\b",
    re.IGNORECASE,
)


def _affirmed(pattern: re.Pattern[str], line: str) -> bool:
    """Whether `pattern` occurs in `line` neither negated nor inside a question."""
    for match in pattern.finditer(line):
        stops = [i for i in (line.find(stop, match.end()) for stop in ".!?\n") if i != -1]
        asked = bool(stops) and line[min(stops)] == "?"
        if not asked and not _NEGATION_BEFORE.search(line[: match.start()]):
            return True
    return False


def _of_rule(table: dict[str, re.Pattern[str]], rule: Rule | None) -> list[re.Pattern[str]]:
    """The patterns of `table` for `rule`'s kind of red flag, or all of them when no rule is given."""
    if rule is None:
        return list(table.values())
    return [table[rule.name]] if rule.name in table else []


def _corrects(line: str, earlier: str, rule: Rule | None) -> bool:
    """Whether `line` corrects an earlier red flag of `rule` (or of any rule when None)."""
    all_clears = _of_rule(_ALL_CLEAR, rule)
    if not _CORRECTING.search(line) or _affirmed(_STILL_A_SYMPTOM, line):
        return False
    if not any(_affirmed(all_clear, line) for all_clear in all_clears):
        return False
    return not any(_fires(other, line, earlier) for other in RULES if other.label is URGENT)


def takes_back(later_turns: str, rule: Rule | None = None) -> bool:
    """Whether these turns (one a line) say an alarming one among them, of `rule` when given, was
    a false alarm or is over."""
    specific = _of_rule(_TAKEN_BACK_FOR, rule)
    if _TAKEN_BACK.search(later_turns) or any(pattern.search(later_turns) for pattern in specific):
        return True
    if taken_back(later_turns):
        return True
    lines = later_turns.splitlines()
    return any(_corrects(line, "\n".join(lines[:index]), rule) for index, line in enumerate(lines))


_NEW_TOPIC = re.compile(
    r"\b(unrelated|off[- ]topic|random question|different (question|topic|q)|change of subject|another thing)\b",
    re.IGNORECASE,
)


def starts_new_topic(message: str) -> bool:
    """Whether a message says it leaves the conversation's topic ("unrelated, but ...")."""
    return bool(_NEW_TOPIC.search(message))


# "Back" that is no body part: "back-to-back flights", "the back garden", "back up my phone".
_NOT_A_BODY_PART = re.compile(
    r"\bback[- ]to[- ]back\b|\bback ?(garden|yard|door|seat|porch|office|pocket|catalogue)s?\b|"
    r"\bspines? of (a|the|my|his|her) (book|novel|binder|folder)s?\b|\bbook ?spines?\b|"
    rf"{_BACKING_UP}|\b(got|get|gets|getting) (my|his|her|their) back up\b",
    re.IGNORECASE,
)


def mentions_spine(message: str) -> bool:
    """Whether the message uses any back, neck or spine vocabulary at all."""
    text = _NOT_A_BODY_PART.sub(" ", message)
    return bool(
        _SPINE_TERMS.search(text) or _SPINE_CONTEXT.search(text) or mentions_spine_in_other_languages(text)
    )
