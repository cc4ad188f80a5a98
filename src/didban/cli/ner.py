"""CLI commands for the ner area: ``didban ner`` and ``didban train ner``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from didban.cli import app, train_app
from didban.cli.common import err, print_json_line


@app.command()
def ner(
    inp: Annotated[str, typer.Argument(metavar="IN", help="Input file ('-' for stdin).")],
    out: Annotated[str, typer.Argument(metavar="OUT", help="Output file ('-' for stdout).")] = "-",
    conll: Annotated[
        bool, typer.Option("--conll", help="IN holds one token per line, blank line between sentences; "
                           "OUT gets token<TAB>IOB2-tag lines.")
    ] = False,
    model: Annotated[Path | None, typer.Option("--model", help="A CRF model file (default: the shipped one).")] = None,
) -> None:
    """Named-entity recognition: CoNLL tagging (--conll), or mentions of a text file as JSON lines."""
    from didban.entities import ner as ner_mod

    data = sys.stdin.read() if inp == "-" else Path(inp).read_bytes().decode("utf-8", errors="replace")
    tagger = ner_mod.tagger(model) if model else None
    if conll:
        from didban.entities.conll import tag_conll

        text = tag_conll(data, lambda toks: ner_mod.tag_tokens(toks, tagger))
        if out == "-":
            sys.stdout.write(text)
        else:
            Path(out).write_text(text, encoding="utf-8")
        return
    from didban.entities import extract_mentions

    mentions = extract_mentions(data)
    if out == "-":
        for m in mentions:
            print_json_line(m.to_dict())
    else:
        import json

        Path(out).write_text("".join(json.dumps(m.to_dict(), ensure_ascii=False) + "\n" for m in mentions),
                             encoding="utf-8")


@train_app.command("ner")
def train_ner(
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help="Raw data dir (default: didban.datasets.raw_dir()).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Model file (default: the shipped model path).")] = None,
    max_iterations: Annotated[int, typer.Option("--max-iterations")] = 200,
    min_freq: Annotated[int, typer.Option("--min-freq", help="Drop features seen fewer times.")] = 2,
    c1: Annotated[float, typer.Option("--c1", help="L1 penalty.")] = 0.1,
    c2: Annotated[float, typer.Option("--c2", help="L2 penalty.")] = 0.1,
    with_dev: Annotated[bool, typer.Option("--with-dev/--no-dev", help="Also train on PEYMA dev.")] = True,
    clusters: Annotated[bool, typer.Option("--clusters/--keep-clusters",
                                           help="Rebuild the word-cluster table first.")] = False,
) -> None:
    """Train the CRF NER model (PEYMA train+dev and NSURL-2019 600K; never PEYMA test)."""
    from didban.datasets import DataUnavailable
    from didban.entities import ner as ner_mod

    target = out or ner_mod.MODEL_PATH
    try:
        if clusters:
            from didban.entities import clusters as cl

            n = cl.build(cl.unlabeled_sentences(data_dir))
            err.print(f"word clusters: {n} words -> {cl.CLUSTERS_PATH}")
        data = ner_mod.training_data(data_dir, include_dev=with_dev)
    except DataUnavailable as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    err.print(f"training on {len(data)} sentences, {sum(len(s) for s, _ in data)} tokens ...")
    r = ner_mod.train(data, target, max_iterations=max_iterations, c1=c1, c2=c2, min_freq=min_freq)
    err.print(f"model: {r.model} ({r.size_bytes / 1e6:.1f} MB) in {r.seconds:.0f}s")
