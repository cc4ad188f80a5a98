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
    model: Annotated[Path | None, typer.Option("--model", help="A CRF model file (implies --backend crf; "
                                               "first stage only, no document context).")] = None,
    backend: Annotated[str | None, typer.Option(
        "--backend", help="e5 (fine-tuned e5-small) or crf; default: e5 when installed, else crf "
        "(or DIDBAN_NER_BACKEND).")] = None,
) -> None:
    """Named-entity recognition: CoNLL tagging (--conll), or mentions of a text file as JSON lines."""
    from didban.entities import ner as ner_mod

    if backend not in (None, "e5", "crf"):
        err.print(f"[red]unknown backend {backend!r} (e5 or crf)[/red]")
        raise typer.Exit(2)
    if model:
        backend = "crf"
    if backend == "e5":
        from didban.entities import e5_ner

        if not e5_ner.available():
            err.print(f"[red]no e5 NER model at {e5_ner.MODEL_PATH} (didban train ner --backend e5)[/red]")
            raise typer.Exit(2)
    data = sys.stdin.read() if inp == "-" else Path(inp).read_bytes().decode("utf-8", errors="replace")
    tagger = ner_mod.tagger(model) if model else None
    if conll:
        from didban.entities.conll import blocks, read_lines, tag_conll

        backend = backend or ner_mod.backend()
        # every sentence (in the same 400-token pieces as tag_conll), in file order: e5 tags them in
        # length-sorted batches, the CRF reads them as one document (ner.tag_document)
        chunks = [toks[i : i + 400] for kind, toks in blocks(read_lines(data)) if kind == "sent"
                  for i in range(0, len(toks), 400)]
        if backend == "e5":
            it = iter(ner_mod.tag_sentences(chunks, "e5"))
        else:
            it = iter(ner_mod.tag_document(chunks, model=tagger))
        text = tag_conll(data, lambda toks: next(it))
        if out == "-":
            sys.stdout.write(text)
        else:
            Path(out).write_text(text, encoding="utf-8")
        return
    from didban.entities import extract_mentions
    from didban.text import detect_lang

    lang = detect_lang(data[:2000]) if data.strip() else None  # Arabic text: the gazetteer, not the Persian tagger
    mentions = extract_mentions(data, backend=backend or ner_mod.backend(), lang=lang)  # the most accurate tagger
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
    doc: Annotated[bool, typer.Option("--doc/--no-doc", help="CRF: also train the second-stage (document "
                                      "context) model, <out>-doc.crfsuite (three more trainings).")] = True,
    doc_only: Annotated[bool, typer.Option("--doc-only", help="CRF: only the second-stage model.")] = False,
    backend: Annotated[str, typer.Option("--backend", help="crf, or e5 (fine-tunes e5-small: needs torch, "
                                         "pip install 'didban[train]')")] = "crf",
    first_tuned: Annotated[int, typer.Option("--first-tuned", help="e5: first fine-tuned layer (lower ones frozen; "
                                             "0 tunes all twelve).")] = 0,
    epochs: Annotated[int, typer.Option("--epochs", help="e5: training epochs.")] = 3,
    nsurl: Annotated[bool, typer.Option("--nsurl/--no-nsurl", help="e5: also train on NSURL-2019 600K.")] = True,
    seed: Annotated[int, typer.Option("--seed", help="e5: initialisation and batch order. The shipped pair: "
                                      "13 (ner-e5.npz) and 14 (--out .../models/ner-e5-2.npz).")] = 13,
) -> None:
    """Train the NER model: the CRF (PEYMA train+dev and NSURL-2019 600K) or, with --backend e5, the
    fine-tuned e5-small (PEYMA train, + dev with --with-dev, + NSURL 600K with --nsurl). Never PEYMA test."""
    from didban.datasets import DataUnavailable
    from didban.entities import ner as ner_mod

    if backend == "e5":
        _train_e5(data_dir, out, with_dev, first_tuned, epochs, nsurl, seed)
        return
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
    if not doc_only:
        r = ner_mod.train(data, target, max_iterations=max_iterations, c1=c1, c2=c2, min_freq=min_freq)
        err.print(f"model: {r.model} ({r.size_bytes / 1e6:.1f} MB) in {r.seconds:.0f}s")
    if doc or doc_only:
        r = ner_mod.train_doc(data, target.with_name(target.stem + "-doc" + target.suffix),
                              max_iterations=max_iterations, c1=c1, c2=c2, min_freq=min_freq, log=err.print)
        err.print(f"document-context model: {r.model} ({r.size_bytes / 1e6:.1f} MB) in {r.seconds:.0f}s")


def _train_e5(data_dir: Path | None, out: Path | None, with_dev: bool, first_tuned: int, epochs: int,
              nsurl: bool, seed: int = 13) -> None:
    from didban.datasets import DataUnavailable
    from didban.entities import corpora

    try:
        from didban.entities import e5_ner, e5_ner_train
    except ImportError as e:
        err.print(f"[red]{e}: the e5 backend trains with torch (pip install 'didban[train]')[/red]")
        raise typer.Exit(2) from e
    try:
        data = corpora.peyma("train", data_dir)
        dev = [] if with_dev else corpora.peyma("dev", data_dir)
        if with_dev:
            data += corpora.peyma("dev", data_dir)
        if nsurl:
            data += corpora.nsurl_600k(data_dir)
    except DataUnavailable as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    target = out or e5_ner.MODEL_PATH
    err.print(f"fine-tuning e5-small layers >= {first_tuned} on {len(data)} sentences ...")
    r = e5_ner_train.train(data, target, dev_data=dev, first_tuned=first_tuned, epochs=epochs,
                           lr=1e-4, head_lr=1e-3, max_pieces=1200, seed=seed, log=err.print)
    err.print(f"model: {target} ({r['size_bytes'] / 1e6:.1f} MB) in {r['seconds']:.0f}s")
