"""``scrapy crawl``, with the spider's arguments checked first.

A spider class with a ``check_arguments(**spider_args)`` static method (the
``articles`` spider) has it called before the crawl starts; an error it raises is
printed as one line (``scrapy crawl articles: error: give start URLs ...``) and the
command exits 2, instead of Scrapy's traceback from inside the reactor."""
from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            try:
                spidercls = self.crawler_process.spider_loader.load(args[0])
            except KeyError:
                spidercls = None    # Scrapy reports an unknown spider itself
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                try:
                    check(**opts.spargs)
                except ValueError as exc:
                    print(f"scrapy crawl {args[0]}: error: {exc}", file=sys.stderr)
                    self.exitcode = 2
                    return
        super().run(args, opts)
