"""``detente evaluate TASK``: score detente on public gold data."""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from detente.cli.group import main
from detente.cli.output import dumps
from detente.errors import UsageError

GOLD = click.Path(exists=True, path_type=Path)


@main.group("evaluate")
def evaluate_group() -> None:
    """Score detente against public gold sets (PLOVER, PETRARCH2, PolNeAR, TE3, geoparsing) and its own (tone)."""


def _run(task: str, fmt: str, out: Path | None, **kwargs) -> None:
    try:
        module = importlib.import_module(f"detente.evaluate.{task}")
    except ModuleNotFoundError as exc:
        raise UsageError(f"evaluation of {task} is not available in this version") from exc
    report = module.evaluate(**kwargs)
    text = dumps(report.to_dict(), indent=2) if fmt == "json" else report.render()
    click.echo(text)
    if out:
        out.write_text(text, encoding="utf-8")


def _common(f):
    f = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)(f)
    f = click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Also write the report here.")(f)
    return f


@evaluate_group.command("actors")
@click.option("--gold", type=GOLD, required=True, help="PLOVER_GSR_CAMEO.json")
@click.option("--errors", is_flag=True, help="Also list the dev half's country errors: false countries "
              "(with the mention and rule), missed ones, and gold actors whose own text has another country.")
@_common
def evaluate_actors(gold, errors, fmt, out) -> None:
    """Country and sector of source/target actors vs PLOVER gold records."""
    _run("actors", fmt, out, gold=gold, show_errors=errors)


@evaluate_group.command("events")
@click.option("--gold", type=GOLD,
              help="PLOVER_GSR_CAMEO.json, or an article gold folder (gold/events/) or file (dev.jsonl).")
@click.option("--petrarch", type=GOLD, help="Folder of PETRARCH2 unit-test records and dictionaries.")
@click.option("--errors", is_flag=True, help="Also list the dev half's errors: wrong and missed triples (article "
              "gold), records with a missed or an extra type (PLOVER).")
@_common
def evaluate_events(gold, petrarch, errors, fmt, out) -> None:
    """Event type P/R/F1 (PLOVER records, dev and held-out halves), full-row P/R on annotated
    articles (gold/events/, per half, with the causes of missed and of wrong rows as counts), or
    CAMEO root accuracy (PETRARCH2)."""
    from detente.events.explain import recording  # the miss causes: each candidate's fate, recorded

    if not gold and not petrarch:
        raise click.UsageError("give --gold PLOVER_GSR_CAMEO.json or gold/events/, and/or --petrarch FOLDER")
    if gold and (gold.is_dir() or gold.suffix == ".jsonl"):
        if petrarch:
            raise click.UsageError("score article gold and --petrarch in separate runs")
        _run("articles", fmt, out, path=gold, show_errors=errors, tracing=recording)
        return
    _run("events", fmt, out, gold=gold, petrarch=petrarch, tracing=recording if gold else None,
         show_errors=errors)


@evaluate_group.command("rows")
@click.option("--judged", type=GOLD, required=True,
              help="Folder of judged rows (gold/events/rows/: <half>.articles.jsonl and <half>.jsonl).")
@click.option("--half", "halves", multiple=True,
              help="Score only this half (tune, tune2, check, tune3, check2: any <half>.articles.jsonl "
                   "of the folder; repeatable; default every half).")
@click.option("--new-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the rows no judged row matches here (judged-file format, verdict empty).")
@_common
def evaluate_rows(judged, halves, new_out, fmt, out) -> None:
    """Precision of event rows judged one by one on unseen articles (full row, type, source,
    target), per half, and the count of rows not judged yet."""
    from detente.evaluate.rows import folder_halves

    unknown = sorted(set(halves) - set(folder_halves(judged)))
    if unknown:
        raise click.BadParameter(f"no {', '.join(unknown)}.articles.jsonl in {judged}", param_hint="--half")
    _run("rows", fmt, out, judged=judged, new_out=new_out, halves=tuple(halves))


@evaluate_group.command("quotes")
@click.option("--gold", type=GOLD, help="PolNeAR folder (text/ and attributions/).")
@click.option("--speakers", type=GOLD,
              help="detente's own quotes gold folder (gold/quotes: dev and heldout halves).")
@click.option("--errors", is_flag=True, help="List the dev halves' speaker errors (own gold and PolNeAR).")
@click.option("--baseline/--no-baseline", default=True, show_default=True,
              help="Also score textacy's direct_quotations on the same parses.")
@click.option("--whole", is_flag=True,
              help="PolNeAR: count every article in the dev part and list its errors (tune material "
                   "such as a drawn part of the train split; never the test folder).")
@_common
def evaluate_quotes(gold, speakers, errors, baseline, whole, fmt, out) -> None:
    """Content, cue and speaker P/R/F1 on PolNeAR, side by side with textacy; speaker
    accuracy (name, country+sector) per half on detente's own gold."""
    if not gold and not speakers:
        raise click.UsageError("give --gold POLNEAR_FOLDER and/or --speakers gold/quotes")
    _run("quotes", fmt, out, gold=gold, baseline=baseline, speakers=speakers, errors=errors,
         whole=whole)


@evaluate_group.command("times")
@click.option("--gold", type=GOLD, help="TempEval-3 platinum folder of .tml files.")
@click.option("--meantime", type=GOLD, help="MEANTIME English folder.")
@_common
def evaluate_times(gold, meantime, fmt, out) -> None:
    """Extent F1 and value accuracy of temporal expressions, with dateparser as the baseline."""
    if not gold and not meantime:
        raise click.UsageError("give --gold TE3_FOLDER and/or --meantime FOLDER")
    _run("times", fmt, out, gold=gold, meantime=meantime)


@evaluate_group.command("places")
@click.option("--gold", type=GOLD, required=True, multiple=True,
              help="TR-News.xml, lgl.xml or GeoWebNews_GWN.xml (repeatable).")
@click.option("--recognition/--no-recognition", default=True, show_default=True,
              help="Also score our own toponym detection (parses every article; cached).")
@_common
def evaluate_places(gold, recognition, fmt, out) -> None:
    """Accuracy within 161 km, country accuracy and toponym recognition F1."""
    _run("places", fmt, out, gold=list(gold), recognition=recognition)


@evaluate_group.command("stories")
@click.option("--gold", type=GOLD, required=True, help="gold/stories (families.yaml).")
@click.option("--samples", type=GOLD, default=Path("samples"), show_default=True,
              help="The bundled sample corpus (copies and re-issues are built from it).")
@click.option("--half", type=click.Choice(["dev", "heldout"]), default="heldout", show_default=True,
              help="Which half of the Wikinews samples the copies and re-issues come from.")
@click.option("--originals", type=int, default=60, show_default=True,
              help="Sample articles copied five ways each.")
@click.option("--no-wcep", is_flag=True, help="Leave out the Current Events items (faster).")
@click.option("--workers", type=int, default=1, show_default=True)
@_common
def evaluate_stories(gold, samples, half, originals, no_wcep, workers, fmt, out) -> None:
    """Same-story pair precision/recall: real copies join, templates and neighbours do not."""
    _run("stories", fmt, out, gold=gold, samples=samples, half=half, originals=originals,
         wcep=not no_wcep, workers=workers)


@evaluate_group.command("tone")
@click.option("--gold", type=GOLD, required=True,
              help="Folder with dev.jsonl and/or heldout.jsonl (gold/tone).")
@click.option("--corpus", type=GOLD, multiple=True,
              help="Articles for the mean event tone by quad class (default: samples/ when present).")
@click.option("--corpus-limit", type=click.IntRange(min=1), help="Code at most this many corpus articles.")
@click.option("--founding", type=GOLD,
              help="The founding article, toned per paragraph (default: tests/fixtures/geneva-summit-2021.txt when present).")
@click.option("--errors", "show_errors", is_flag=True, help="List detente's errors on the dev half.")
@click.option("--half", "halves", type=click.Choice(["dev", "heldout"]), multiple=True,
              help="Score only this half (repeatable; default both): tune with --half dev and "
                   "the held-out half is not read.")
@_common
def evaluate_tone(gold, corpus, corpus_limit, founding, show_errors, halves, fmt, out) -> None:
    """Tone towards a relation: accuracy and macro F1 of raw VADER and of detente, per half."""
    corpus = list(corpus) or [p for p in (Path("samples"),) if p.is_dir()]
    default = Path("tests/fixtures/geneva-summit-2021.txt")
    founding = founding or (default if default.exists() else None)
    _run("tone", fmt, out, gold=gold, corpus=corpus, corpus_limit=corpus_limit, founding=founding,
         show_errors=show_errors, **({"halves": tuple(halves)} if halves else {}))
