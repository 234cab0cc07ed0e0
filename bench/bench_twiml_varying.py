"""TwiML generation when attribute values change on every call, twilio vs callbox.

The anchors' IVR document (``bench/anchors/bench_twiml.py``) with ``?call={n}`` appended to
four URLs: the ``<Gather>`` and ``<Record>`` actions, the transcription callback and the
dial-status callback, ``n`` counting the documents built.  That is what an app does when it
puts the call's id into its callback URLs: every document then carries values that are seen
once, which the builders cannot have remembered.

Same method as the anchors (``per_op_bench_multi``: calibrated loops, libraries interleaved
round by round, GC on, ratio = median of the per-round ratios).  Every library's output is
checked structurally against the spec first.  The builders use the adapters'
``VoiceResponse`` (twilio and callbox share the keyword names), so
``bench/compare_revisions.sh REV bench_twiml_varying.py`` times an older callbox too.

    python bench/bench_twiml_varying.py --lib twilio,callbox
"""

from __future__ import annotations

import copy
import itertools
import os
import sys
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchors"))

from bench_twiml import IVR_SPEC, check, count  # the anchors' document and its check
from common import (
    base_parser,
    fmt_us,
    load_adapters,
    machine_line,
    per_op_bench_multi,
    print_table,
    write_json,
)

DOC = "IVR VoiceResponse, 4 URLs vary"


def spec_for(n: int) -> Any:
    """The anchors' IVR spec with ``?call={n}`` on the four URLs."""
    spec = copy.deepcopy(IVR_SPEC)
    q = f"?call={n}"
    kids = spec[3]
    kids[1][1]["action"] += q  # Gather
    kids[4][3][0][1]["statusCallback"] += q  # Dial > Number
    kids[5][1]["action"] += q  # Record
    kids[5][1]["transcribeCallback"] += q
    return spec


def builder(voice_response: Any, voice: str, lang: str) -> tuple[Callable[[], str], Any]:
    """A function building the next document (its own counter), and the counter."""
    counter = itertools.count()

    def build() -> str:
        q = f"?call={next(counter)}"
        r = voice_response()
        r.say(
            "Thanks for calling Acme & Sons. This call may be recorded.", voice=voice, language=lang
        )
        g = r.gather(
            input="dtmf speech",
            action="/ivr/menu" + q,
            method="POST",
            num_digits=1,
            timeout=5,
            hints="sales, support, billing",
        )
        g.say(
            "For sales, press 1. For support, press 2. For billing, press 3.",
            voice=voice,
            language=lang,
        )
        g.play("https://cdn.example.com/audio/menu-jingle.mp3", loop=1)
        r.say(
            "We did not get your selection. Connecting you to an operator.",
            voice=voice,
            language=lang,
        )
        r.pause(length=1)
        d = r.dial(caller_id="+15005550006", timeout=20, record="record-from-answer")
        d.number(
            "+14155550100",
            status_callback="https://ivr.example.com/ivr/dial-status" + q,
            status_callback_event="initiated ringing answered completed",
        )
        r.record(
            action="/ivr/voicemail" + q,
            method="POST",
            max_length=120,
            play_beep=True,
            finish_on_key="#",
            transcribe=True,
            transcribe_callback="/ivr/transcription" + q,
        )
        r.redirect("/ivr/welcome", method="POST")
        return str(r)

    return build, counter


def main() -> None:
    ap = base_parser(__doc__)
    ap.add_argument("--rounds", type=int, default=30, help="timed rounds (default 30)")
    ap.add_argument(
        "--round-s", type=float, default=0.1, help="length of one round (default 0.1 s)"
    )
    args = ap.parse_args()
    ads = load_adapters(args.lib)
    print(f"# bench_twiml_varying  lib={', '.join(a.NAME for a in ads)}")
    print("# " + machine_line())
    fns = {}
    sample = ""
    for ad in ads:
        build, _ = builder(ad.VoiceResponse, ad.VOICE, ad.LANG)
        for n in range(3):  # each call gets its own values
            xml = build()
            check(f"{ad.NAME} call {n}", xml, spec_for(n))
        sample = sample or xml
        fns[ad.NAME] = build
    rounds = 5 if args.quick else args.rounds
    r = per_op_bench_multi(fns, rounds=rounds, min_round_s=args.round_s)
    res = {}
    rows = []
    for ad in ads:
        d = r[ad.NAME]
        d["elements"] = count(IVR_SPEC)
        res[f"{DOC} | {ad.NAME}"] = d
        rows.append(
            [
                DOC,
                ad.NAME,
                str(d["elements"]),
                fmt_us(d["min"]),
                fmt_us(d["median"]),
                f"{d['ops_per_s_median']:,.0f}",
                f"{d['ratio_vs_first_median']:.3f}",
                f"{1 / d['ratio_vs_first_median']:.3f}x",
            ]
        )
    print(f"\n## build + str(), {rounds} interleaved rounds of ~{args.round_s} s each, GC on")
    headers = ["document", "lib", "elements", "min/doc", "median/doc", "docs/s (median)"]
    print_table([*headers, "time vs first lib", "speed vs first lib"], rows)
    print(f"\nchecked output ({ads[0].NAME}, call 2):\n{sample}")
    libs = [a.NAME for a in ads]
    write_json(args.json, {"libs": libs, "bench": "twiml_varying", "results": res})


if __name__ == "__main__":
    main()
