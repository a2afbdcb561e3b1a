"""Build `assistant/safety_examples.yaml`, the safety classifier's training data, from the
labelled sets in tests/safety/ and tests/safety/contrast/ (never from tests/safety/unseen/).

Run `python -m tests.safety_examples` after adding or changing a labelled set; a test fails
while the file is out of date. Follow-ups are left out, because their label comes from earlier
turns; the earlier turns of an in-scope follow-up are added as in_scope, since a conversation
that is rightly not urgent had no emergency in it, except turns the rules alone call urgent: those
are cleared only by what came after ("not literally lol"), and taught as ordinary they would
teach the classifier that "this back pain makes me want to die" is. The earlier turns of a
request for personal advice are added too when the rules call them in_scope: untaught, short
openers such as "pain is like a six out of ten today" scored urgent and made the whole
conversation an emergency. Turns before an off-topic message are left out; they are often off
topic themselves.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.domain import SafetyLabel
from assistant.safety import check_message
from assistant.safety_eval import load_safety_set
from assistant.safety_model import EXAMPLES_FILE

SAFETY = Path(__file__).parent / "safety"
HEADER = """\
# The labelled messages the safety classifier (assistant/safety_model.py) is trained on, and the
# nearest of which it names as evidence. Built by `python -m tests.safety_examples` from the
# labelled sets in tests/safety/ and tests/safety/contrast/: every single-turn message, then the
# earlier turns of in-scope follow-ups that the rules alone do not call urgent and of requests
# for personal advice that the rules call in_scope, labelled in_scope. The sets in
# tests/safety/unseen/ are never added here: they measure what the check
# does on wordings it has not seen. Do not edit by hand.
"""


def _natural(path: Path) -> tuple[str, int]:
    """holdout2 before holdout10."""
    match = re.fullmatch(r"(\D*)(\d*)", path.stem)
    assert match
    return match.group(1), int(match.group(2) or 0)


def build_examples(folder: Path = SAFETY) -> list[tuple[SafetyLabel, str]]:
    paths = [
        *sorted(folder.glob("*.yaml"), key=_natural),
        *sorted(folder.glob("contrast/*.yaml"), key=_natural),
    ]
    sets = [load_safety_set(path) for path in paths]
    examples: dict[str, SafetyLabel] = {}
    for message in (m for labelled in sets for m in labelled if not m.history):
        if examples.setdefault(message.message, message.label) is not message.label:
            first = examples[message.message].value
            raise ValueError(f"labelled both {first} and {message.label.value}: {message.message}")
    # An earlier turn of a request for advice may itself ask for advice, which the rules name.
    allowed = {
        SafetyLabel.IN_SCOPE: {SafetyLabel.IN_SCOPE, SafetyLabel.PERSONAL_ADVICE, SafetyLabel.OFF_TOPIC},
        SafetyLabel.PERSONAL_ADVICE: {SafetyLabel.IN_SCOPE},
    }
    for message in (m for labelled in sets for m in labelled if m.history and m.label in allowed):
        for turn in message.history:
            if check_message(turn, ()).label in allowed[message.label]:
                examples.setdefault(turn, SafetyLabel.IN_SCOPE)
    return [(label, text) for text, label in examples.items()]


def render(examples: list[tuple[SafetyLabel, str]]) -> str:
    rows = [{"label": label.value, "message": text} for label, text in examples]
    body = yaml.safe_dump({"examples": rows}, allow_unicode=True, sort_keys=False, width=10_000)
    return HEADER + body


if __name__ == "__main__":
    examples = build_examples()
    EXAMPLES_FILE.write_text(render(examples), encoding="utf-8")
    print(f"wrote {len(examples)} examples to {EXAMPLES_FILE}")
