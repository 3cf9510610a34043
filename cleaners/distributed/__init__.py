"""``corpus clean --engine ray``: the same records as one machine, cleaned on a Ray cluster.

The corpus-level stages need the whole corpus (dedup judges each document against the
ones before it in input order; site boilerplate is learned from every page of a site),
so a run is *map → reduce → map*:

1. **map** (`phases.clean_batch`, one Ray task per batch of input files or per WARC
   file): clean every document, apply the length gate, and write the records to the
   task's spool; write its *observations*: per record, the MinHash signature (the
   expensive part of dedup) and the site's paragraph samples;
2. **reduce** (`reduce.Reducer`, in the driver, in input order): the dedup stage over
   the signatures (ids as keys, exact and LSH candidates, a SQLite store on disk) and
   the site paragraph statistics; the verdicts of each task and the learned boilerplate
   (only the paragraphs judged boilerplate) go back out;
3. **map** (`phases.write_shard`): apply the duplicate marks and the boilerplate cuts to
   the spooled records and write the task's ``part-NNNNN.jsonl.gz`` and its manifest,
   each atomically.

A run's working state is ``DIR/.ray/`` (the plan, spools, observations, verdicts),
removed when the run completes; ``--resume`` skips the batches already cleaned and the
shards already written. `plan` lays the tasks out, `engine` drives Ray.
docs/scaling.md says how to run it on a real cluster and what it costs.
"""
