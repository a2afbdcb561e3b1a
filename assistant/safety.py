"""The safety check: explainable rules that run on every message before it is answered.

Order matters: an emergency outranks everything, then requests for personal medical advice,
then messages outside the back, neck and spine. Every decision names the rule that fired and
the words that fired it, so a coach or a developer can see why.

A symptom alone is not an emergency: "can a herniated disc cause bladder problems?" asks about
the world, "I can't control my bladder and my back is agony" is happening to someone. Urgent
rules therefore need a personal cue (I, my, my dad, ...) and skip symptoms that are negated
("no fever") or long past ("five years ago").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.domain import SafetyDecision, SafetyLabel


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_PERSONAL = re.compile(
    r"\b(i|i'?m|im|i'?ve|ive|i'?d|me|my|mine|myself|we|our|us)\b"
    r"|\b(he|she|they)('s| is| has| can'?t| cannot| isn'?t)\b",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(
    r"\b(no|not|without|never|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|isn'?t|aren'?t|wasn'?t|nor|zero|"
    r"denies|free of|ruled out)\b[^.;!?]{0,30}$",
    re.IGNORECASE,
)
_LONG_AGO = re.compile(
    r"\b(years?|months?|decades?) ago\b|\blast year\b|\bas a (kid|child|teen)\b", re.IGNORECASE
)

_BACK = r"(back|spine|spinal|neck|lumbar|sciatic\w*|disc|disk|tailbone|coccyx|hips?|buttocks?|legs?)"
_BODY_FLUIDS = r"(bladder|bowels?|pee|wee|urin\w*|poo|poop|stool|toilet|loo)"
_SADDLE = (
    r"(saddle|groin|genitals?|private( parts)?|privates|bum|butt|bottom|back passage|anus|"
    r"inner thighs?|between (my|the|his|her) legs|down there|crotch|perineum|vagina|penis|testicles)"
)
_MEDICINE = (
    r"(ibuprofen|naproxen|paracetamol|acetaminophen|tylenol|advil|aleve|nurofen|aspirin|codeine|co-codamol|tramadol|"
    r"gabapentin|pregabalin|lyrica|neurontin|amitriptyline|duloxetine|diazepam|valium|cyclobenzaprine|"
    r"methocarbamol|muscle relaxers?|muscle relaxants?|opioids?|oxycodone|oxycontin|hydrocodone|morphine|fentanyl|"
    r"steroids?|prednisolone|prednisone|blood thinners?|warfarin|apixaban|antidepressants?|nsaids?|"
    r"anti-?inflammator\w*|pills?|tablets?|meds|medicines?|medications?|painkillers?|pain killers?|prescriptions?|"
    r"patch(es)?|doses?|injections?|jabs?)"
)
_NUMB = r"(numb\w*|no feeling|can'?t feel|cannot feel|lost (the )?feeling|tingl\w*|pins and needles|dead)"


@dataclass(frozen=True)
class Rule:
    name: str
    label: SafetyLabel
    pattern: re.Pattern[str]
    personal: bool = True  # fires only when the message speaks of someone's own situation
    recent: bool = False  # skipped when the message says it was long ago


def _rule(
    name: str, label: SafetyLabel, pattern: str, *, personal: bool = True, recent: bool = False
) -> Rule:
    return Rule(name, label, re.compile(pattern, re.IGNORECASE), personal, recent)


URGENT, ADVICE, OFF = SafetyLabel.URGENT, SafetyLabel.PERSONAL_ADVICE, SafetyLabel.OFF_TOPIC

RULES: tuple[Rule, ...] = (
    _rule(
        "self_harm",
        URGENT,
        r"\b(kill(ing)? (my|him|her)self|suicid\w*|end (it all|my life|things)|self[- ]?harm\w*|"
        r"hurt(ing)? myself|cut(ting)? myself|(don'?t|do not) want to (live|be alive|be here|wake up)|"
        r"better off dead|no (reason|point) (to|in) (live|living|going on)|take all my (pills|tablets|meds)|"
        r"overdose on|want to die|wanna die)\b",
        personal=False,
    ),
    _rule(
        "bladder_bowel",
        URGENT,
        rf"\b((lost|losing|loss of|lose|no|can'?t|cannot|couldn'?t|unable to|trouble|problems?) "
        rf"(\w+ ){{0,3}}(control|hold|feel)\w* (\w+ ){{0,3}}{_BODY_FLUIDS}|"
        rf"(can'?t|cannot|couldn'?t|unable to|not able to) (pee|wee|urinate|empty my bladder|go to the toilet)|"
        rf"(wet|peed|pissed|soiled|pooed|pooped|messed) (my|him|her)sel(f|ves)|incontinen\w*|"
        rf"{_BODY_FLUIDS} (\w+ ){{0,3}}(accident|leak\w*|won'?t work|stopped working|gone|gave out))",
    ),
    _rule(
        "saddle_numbness",
        URGENT,
        rf"\b({_NUMB}\W+(\w+\W+){{0,6}}{_SADDLE}|{_SADDLE}\W+(\w+\W+){{0,4}}{_NUMB}|saddle anaesthesia|saddle anesthesia)",
    ),
    _rule(
        "leg_weakness",
        URGENT,
        r"\b((legs?|foot|feet|knees?)\W+(\w+\W+){0,4}(giving way|gave way|giving out|gave out|buckl\w*|"
        r"(getting|going|gone) (weak|weaker|floppy|dead)|collaps\w*|won'?t (hold|move|work)|dragging|floppy|"
        r"slapping)|foot ?drop|drop ?foot|(can'?t|cannot|couldn'?t|unable to) (lift|move|feel) (my|his|her) "
        r"(legs?|foot|feet|toes)|(can'?t|cannot|couldn'?t) (walk|stand( up)?)( (any ?more|properly|at all|now))|"
        r"(both|my) legs (are|went|have gone) (\w+ )?(numb|weak|dead))",
    ),
    _rule(
        "infection",
        URGENT,
        rf"\b((fever|feverish|high temp\w*|temperature|chills|shivering|rigors|night sweats)\W+(\w+\W+){{0,12}}{_BACK}|"
        rf"{_BACK}\W+(\w+\W+){{0,12}}(fever|feverish|high temp\w*|temperature|chills|shivering|rigors|night sweats)|"
        rf"(inject(ing)? drugs|iv drugs?|shoot(ing)? up|heroin))",
    ),
    _rule(
        "cancer_history",
        URGENT,
        r"\b((had|have|history of|survivor|treated for|in remission from|diagnosed with) (\w+ ){0,3}"
        r"(cancer|tumou?rs?|lymphoma|myeloma|leukaemia|leukemia|melanoma|chemo\w*)|"
        r"(unexplained|unintentional|sudden|losing|lost) (\w+ ){0,2}weight( loss)?|weight (loss|dropping|falling off))",
    ),
    _rule(
        "major_trauma",
        URGENT,
        r"\b(car (crash|accident|wreck)|crashed|(hit|knocked down|run over) by|fell (off|from|down)|fall from|"
        r"falling (off|from)|motorbike|motorcycle|rtc|collision|landed on (my|his|her) (back|neck|head)|"
        r"thrown from|high fall|diving accident|rugby tackle|tackled)\b",
        recent=True,
    ),
    _rule(
        "vascular_or_heart",
        URGENT,
        r"\b(tearing|ripping|ripped|torn feeling)\b|\bchest (pain|pressure|tightness)\b|"
        r"\b(short(ness)? of breath|can'?t breathe|cannot breathe|struggling to breathe|breathless)\b|"
        r"\bpain (\w+ ){0,3}(spreading|going|radiating|moving) (\w+ ){0,2}(arm|jaw)\b",
    ),
    _rule(
        "dose",
        ADVICE,
        r"\b(\d+(\.\d+)?\s?(mg|mcg|milligrams?|ml|grams?)\b|doses?\b|dosage|how (many|much|often)\b[^.?!]{0,40}"
        r"\b(take|have|use|pills?|tablets?|capsules?|patch\w*)|max(imum)? (amount|number|i can)|"
        r"double (up|my|the) (\w+ )?(dose|pills?|tablets?|meds)|(extra|another|more) (pill|tablet|dose|patch)\w*)",
        personal=False,
    ),
    _rule(
        "combination",
        ADVICE,
        rf"\b(can|could|should|is it (ok|okay|safe|alright|fine) to|safe to) (i |we )?(take|mix|combine|have|use|drink)\b"
        rf"[^.?!]{{0,60}}\b(with|and|alongside|together|while|on top of|on|plus|after)\b[^.?!]{{0,40}}\b"
        rf"({_MEDICINE}|alcohol|beer|wine|drinks?)\b",
        personal=False,
    ),
    _rule(
        "medication_change",
        ADVICE,
        rf"\b((should|can|could|do) (i|we) (stop|quit|come off|get off|switch|change|increase|reduce|cut down|"
        rf"lower|raise|up|skip|start|go back on|restart|swap)|(stop|quit|stopped|stopping) taking|"
        rf"(come|coming|get|getting) off|wean (myself )?off)\b[^.?!]{{0,50}}\b{_MEDICINE}\b",
        personal=False,
    ),
    _rule(
        "own_diagnosis",
        ADVICE,
        r"\b((what'?s|what is|whats) wrong with (me|my|him|her)|do i have|have i (got|torn|broken|slipped|herniated)|"
        r"(is|could) (this|it|mine) (be )?(a |an )?(herniated|slipped|bulging|torn|sciatica|stenosis|cancer|fracture|"
        r"broken|serious|arthritis)|diagnos\w* (me|my)|what (do|does) (i|my) have|"
        r"my (mri|x-?ray|scan|ct|report|results?) (says|shows|said|showed|mentions)[^.?!]{0,80}\b(what|mean|should|serious|bad)|"
        r"(should|do|will) i (need|get|have|go for) (\w+ )?(surgery|an operation|fusion|a fusion|an injection|"
        r"injections|a scan|an mri|a discectomy|a microdiscectomy|prp|stem cells?)|"
        r"which (treatment|option|one) (is best |should i \w+ )?for me|is it safe for me to)\b",
        personal=False,
    ),
    _rule(
        "instructions",
        OFF,
        r"\b(ignore (all |any |your |the |previous |prior |above |earlier )+(instructions|rules|prompts?|guidelines)|"
        r"(system|hidden|initial) prompt|(reveal|show|print|tell me|dump|output) (me )?(your|the) "
        r"(config\w*|settings|instructions|prompt|rules|source|api keys?|secrets?|environment)|"
        r"jailbreak|developer mode|dan mode|pretend (you are|to be|you'?re)|you are now|"
        r"from now on you|disregard (all|your|previous))",
        personal=False,
    ),
)

_SPINE_TOPIC = re.compile(
    r"\b(back|backs|backache|spine|spinal|spines|neck|lumbar|thoracic|cervical|sciatic\w*|discs?|disks?|"
    r"vertebra\w*|coccyx|tailbone|scoliosis|stenosis|spondyl\w*|sacroiliac|si joint|facet|whiplash|posture|"
    r"slipped|herniat\w*|bulg\w*|pinched|nerves?|cauda|kyphoplasty|vertebroplasty|fusion|laminectomy|"
    r"discectomy|microdiscectomy|chiropract\w*|chiro|physio\w*|physical therap\w*|osteopath\w*|epidural\w*|prp|"
    r"platelet\w*|stem cells?|regenerative|mattress\w*|lifting|lift|ergonom\w*|desk|sitting|slouch\w*|"
    r"buttocks?|glutes?|piriformis|pelvi\w*|hip|hips|shoulder blades?|ribs?|core|spasms?|stiff\w*|"
    r"sprain\w*|strain\w*|pilates|yoga|heat pack|ice pack|radiofrequency|ablation|injections?|mri|x-?rays?|"
    r"ankylosing|spondylitis|osteoporo\w*|compression fractures?|kyphosis|lordosis|hunch\w*|backpacks?)\b",
    re.IGNORECASE,
)
_OTHER_BODY = re.compile(
    r"\b(knees?|elbows?|wrists?|ankles?|toes?|fingers?|thumbs?|teeth|tooth|toothache|gums?|eyes?|eyesight|ears?|"
    r"skin|rash\w*|acne|eczema|psoriasis|hair|stomach|reflux|heartburn|indigestion|ibs|bowel cancer|migraines?|"
    r"headaches?|throat|cough\w*|colds?|flu|covid|asthma|diabetes|blood pressure|cholesterol|thyroid|"
    r"periods?|menstrua\w*|morning sickness|nausea|kidney stones?|gout|bunions?|plantar|achilles|tennis elbow|"
    r"carpal tunnel|hamstring|calf|shin splints|acid)\b",
    re.IGNORECASE,
)

IN_SCOPE = SafetyDecision(SafetyLabel.IN_SCOPE, "none", "no safety rule applies")


def _fires(rule: Rule, text: str) -> str:
    """The words that fire `rule` in `text`, or an empty string when it does not apply."""
    if rule.personal and not _PERSONAL.search(text):
        return ""
    if rule.recent and _LONG_AGO.search(text):
        return ""
    for match in rule.pattern.finditer(text):
        if rule.label is SafetyLabel.URGENT and _NEGATION_BEFORE.search(text[: match.start()]):
            continue
        return match.group(0)
    return ""


def check_message(message: str, history: Sequence[str] = ()) -> SafetyDecision:
    """Class one user message, keeping the urgency of the last few earlier user turns.

    >>> check_message("I can't feel my groin and my back is agony").label.value
    'urgent'
    >>> check_message("can a herniated disc cause bladder problems?").label.value
    'in_scope'
    """
    for rule in RULES:
        words = _fires(rule, message)
        if words:
            return SafetyDecision(rule.label, rule.name, f"matched {words!r}")
    for earlier in reversed(list(history)[-3:]):
        for rule in RULES:
            if rule.label is SafetyLabel.URGENT and (words := _fires(rule, earlier)):
                return SafetyDecision(
                    URGENT, f"earlier_turn:{rule.name}", f"an earlier message said {words!r}"
                )
    other = _OTHER_BODY.search(message)
    if other and not _SPINE_TOPIC.search(message):
        return SafetyDecision(
            OFF, "other_body_part", f"about {other.group(0)!r}, not the back, neck or spine"
        )
    return IN_SCOPE


def mentions_spine(message: str) -> bool:
    """Whether the message uses any back, neck or spine vocabulary at all."""
    return bool(_SPINE_TOPIC.search(message))
