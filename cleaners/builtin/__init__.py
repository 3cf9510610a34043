"""Built-in cleaners. They are registered through the ``corpus.cleaners`` entry-point
group in pyproject.toml, like any third-party cleaner; this list is only the fallback
for an uninstalled source tree."""
from .calls_to_action import CallsToAction
from .captions import Captions
from .comment_thread import CommentThread
from .dateline import Dateline
from .donation import Donation
from .html_comments import HtmlComments
from .layout import Layout
from .legal import Legal
from .markdown import Markdown
from .php_dump import PhpDump
from .title import Title

BUILTINS = (HtmlComments, PhpDump, CommentThread, Markdown, Donation, Title, Dateline, Captions, CallsToAction, Legal, Layout)
