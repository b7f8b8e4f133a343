"""When "watch" on its own says a recording is there to be watched, and when it does not."""

from __future__ import annotations

# "Watch the webinar", "you can watch the session again": a recording. "Subscribe to our
# channel to watch our next webinars", "watch live", "watch this space": sessions still to
# come, a live stream or a figure of speech, no recording of this one.
WATCH_ALONE = (
    r"watch(?!\s+this\s+space)"
    r"(?![^.!?]{0,40}?(?<![^\W\d_])(?:next|upcoming|future|forthcoming|coming|live|"
    r"livestream)(?![^\W\d_]))"
)
