"""solidarity-kit: check the content, build the site and print files. Messages are made here, at the edge."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .checks import Kit
from .findings import ContentError, Finding
from .handouts import PrintOptions
from .siteassets import MissingAsset

err = Console(stderr=True, highlight=False)


def print_findings(findings: list[Finding]) -> None:
    for finding in findings:
        print(finding.format())
    codes = len(findings)
    err.print(f"[bold red]{codes} problem(s) found.[/] Nothing was built; build/ is as it was.")


def cmd_check(args: argparse.Namespace) -> int:
    from .checks import check_kit

    _, findings = check_kit(args.root)
    if findings:
        for finding in findings:
            print(finding.format())
        err.print(f"[bold red]{len(findings)} problem(s) found.[/]")
        return 1
    err.print("[green]The content checks found no problem.[/]")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build_all

    started = time.perf_counter()
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=args.quiet) as progress:
        task = progress.add_task("checking", total=None)

        def report(step: str, done: int, total: int) -> None:
            progress.update(task, description=step, completed=done, total=total)

        try:
            result = build_all(args.root, report, use_cache=not args.no_cache)
        except ContentError as exc:
            progress.stop()
            print_findings(exc.findings)
            return 1
    seconds = time.perf_counter() - started
    print(f"Built in {seconds:.1f} s ({result.rendered} PDF(s) rendered, {result.sites_built} site(s) built, "
          "the rest unchanged).")
    print(f"  Site:      {result.site_index}")
    for lang in ("en", "es"):
        print(f"  Site ({lang}): {result.out / 'site' / lang / 'index.html'}")
    print(f"  Offline:   {result.offline_zip} (unzip, then open index.html)")
    print("  PDFs:")
    for pdf in result.pdfs:
        print(f"    {pdf}")
    return 0


def _print_options(args: argparse.Namespace) -> PrintOptions:
    return PrintOptions(paper=args.paper, large_print=args.large_print, site_url=args.site_url)


def _variant(options: PrintOptions) -> str:
    return options.paper + ("-large" if options.large_print else "")


def _checked_kit(args: argparse.Namespace) -> Kit | None:
    from .checks import check_kit

    kit, findings = check_kit(args.root)
    if findings:
        print_findings(findings)
        return None
    return kit


def cmd_packet(args: argparse.Namespace) -> int:
    from .build import render_packets

    kit = _checked_kit(args)
    if kit is None:
        return 1
    options = _print_options(args)
    out = (args.output or args.root / "print-output" / _variant(options) / args.lang).resolve()
    try:
        made, _ = render_packets(kit, out, lambda *_: None, options=options, plan_ids=[args.plan],
                                 langs=(args.lang,), out_dir=out)
    except ContentError as exc:
        print_findings(exc.findings)
        return 1
    if not made:
        print(f"no workshop plan '{args.plan}': the plans are the files in workshops/")
        return 1
    for pdf in made:
        print(pdf)
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """Every handout, guide and standard packet in one paper size and print size."""
    from .build import render_packets, render_prints

    kit = _checked_kit(args)
    if kit is None:
        return 1
    options = _print_options(args)
    out = (args.output or args.root / "print-output" / _variant(options)).resolve()
    made, _ = render_prints(kit, out, lambda *_: None, options=options)
    packets, _ = render_packets(kit, out, lambda *_: None, options=options)
    for pdf in made + packets:
        print(pdf)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import report, run

    err.print("Benchmarking: four builds of a copy of the kit, then page and PDF weights…")
    text, ok = report(run(args.root))
    print(text)
    return 0 if ok else 1


def cmd_serve(args: argparse.Namespace) -> int:
    from mkdocs.commands.serve import serve

    from .siteconfig import CONFIG_FILES

    serve(config_file=str(args.root / CONFIG_FILES[args.lang]), dev_addr=f"127.0.0.1:{args.port}")
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="solidarity-kit", description=__doc__)
    ap.add_argument("--root", type=Path, default=Path.cwd(), help="the kit's folder (default: here)")
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="check the content; print each problem as path:line: CODE message")
    b = sub.add_parser("build", help="check, then build the site and the PDFs into build/")
    b.add_argument("--no-cache", action="store_true", help="redo every step, ignoring the cache")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_parser("bench", help="measure build times, page weights and PDF sizes against the budgets")
    for name, helptext in (("packet", "participant and facilitator packets for one workshop plan"),
                           ("print", "every handout, guide and standard packet in one paper and print size")):
        pp = sub.add_parser(name, help=helptext)
        if name == "packet":
            pp.add_argument("plan", help="a plan id: the name of a file in workshops/ without .yml")
            pp.add_argument("--lang", choices=("en", "es"), default="en")
        pp.add_argument("--paper", choices=("letter", "a4"), default="letter")
        pp.add_argument("--large-print", action="store_true", help="body text of at least 16 pt")
        pp.add_argument("--site-url", default=None, help="the site's address, for a QR code on each handout")
        pp.add_argument("--output", type=Path, default=None, help="folder for the PDFs (default: print-output/...)")
    s = sub.add_parser("serve", help="live preview of the site")
    s.add_argument("--lang", choices=("en", "es"), default="en")
    s.add_argument("--port", type=int, default=8000)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.root = args.root.resolve()
    commands = {"check": cmd_check, "build": cmd_build, "serve": cmd_serve, "bench": cmd_bench,
                "packet": cmd_packet, "print": cmd_print}
    try:
        return commands[args.command](args)
    except MissingAsset as exc:
        err.print(f"[bold red]error:[/] {exc}")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of our output went away (e.g. `| head`)
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
