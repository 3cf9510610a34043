"""``corpus clean --engine ray``: the command line side of `cleaners.distributed`."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import ConfigError
from ..run import RunConfig
from . import EXIT_FAILED, EXIT_OK


def clean_on_ray(args: argparse.Namespace, config: RunConfig, enabled: set[str], sharded: bool) -> int:
    from ..distributed import engine
    from .clean import _stage_lines, _write_errors, stage_settings
    from .summary import print_decoding, print_summary, warn_degraded

    if not sharded:
        raise ConfigError("--engine ray writes gzip shards: give a directory output (-o DIR/)")
    learn = "site_boilerplate" in enabled and not args.no_learn
    job_args: dict[str, Any] = {"config": config, "learn": learn, "all_responses": args.all_responses}
    out = engine.run(args.paths, args.output, job_args, stage_settings(args), address=args.address,
                     cpus=max(1, args.workers), batch_size=args.batch_size, resume=args.resume,
                     scan_workers=max(1, args.workers), follow_links=args.follow_links)
    _write_errors(args, out.failures, args.output)
    if not args.quiet:
        for item in out.degraded:
            warn_degraded(item["source"], item["reason"])
        print_summary(out.written, out.skipped, out.failures, out.removed_chars, args.output,
                      degraded=len(out.degraded))
        print_decoding(out.decoding)
        if out.resumed:
            print(f"ray: {out.tasks} tasks, {out.resumed} already done (--resume)", file=sys.stderr)
        summary = {"dedup": out.dedup, "dropped": dict(out.dropped)} if out.dedup else {"dropped": dict(out.dropped)}
        _stage_lines(summary, args)
        for failure in out.failures:
            print(f"corpus: error: {failure['source']}: {failure['message']}", file=sys.stderr)
    return EXIT_FAILED if out.failures else EXIT_OK

