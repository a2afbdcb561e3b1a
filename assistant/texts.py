"""Fixed texts, defined once and used by every channel."""

DISCLAIMER = (
    "Spinewise shares general information from its articles. It is not medical advice and "
    "cannot diagnose you or replace a clinician who knows your history; for advice about your "
    "own situation, talk to a doctor or physical therapist."
)

NOT_COVERED = (
    "Our articles don't cover that question, so I can't answer it from them. "
    "Try asking about back, neck or spine conditions and their treatments."
)

ANSWER_INTRO = "From our articles:"

MAX_QUESTION_CHARS = 2000

URGENT_MESSAGE = (
    "**What you describe can be a sign of an emergency. Get medical help now: call your local "
    "emergency number (911 in the US, 999 in the UK, 112 in the EU) or go to the nearest emergency "
    "department. Do not wait to see if it passes.**"
)

CRISIS_MESSAGE = (
    "**If you are thinking about harming yourself, you are not alone and help is there right now. "
    "Call or text 988 (US), call Samaritans on 116 123 (UK and Ireland), or call your local emergency "
    "number. If you are in immediate danger, call emergency services.**"
)

PERSONAL_ADVICE_MESSAGE = (
    "Questions about your own doses, combining or changing medicines, or what is wrong in your own "
    "case need your doctor or pharmacist, who know your history. Here is the general information "
    "our articles give."
)

PERSONAL_ADVICE_NO_INFO = (
    "Questions about your own doses, combining or changing medicines, or what is wrong in your own "
    "case need your doctor or pharmacist, who know your history."
)

OFF_TOPIC = (
    "I can only help with back, neck and spine health, using our articles. "
    "Please ask about a back or neck problem or one of its treatments."
)
