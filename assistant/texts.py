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
