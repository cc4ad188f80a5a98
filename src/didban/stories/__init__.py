"""didban.stories: near-duplicate linking, online story clustering, story origin and independence.

Integration: :class:`StoryClusterer` (``add(article) -> (story_id, duplicate_of)``,
``seed(article, story_id, duplicate_of)`` to restore already-assigned articles, ``stories()``,
``drain_closed()``) for a stream, :func:`cluster_articles` for a backfill. Over the store:
:func:`didban.pipeline.assign_stories` (incremental; ``full=True`` for the backfill).
"""

from didban.stories.cluster import StoryClusterer, cluster_articles, processing_order
from didban.stories.dedup import NearDuplicateIndex
from didban.stories.origin import analyse, outlet_key

__all__ = ["NearDuplicateIndex", "StoryClusterer", "analyse", "cluster_articles", "outlet_key", "processing_order"]
