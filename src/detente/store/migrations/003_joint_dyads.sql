-- detente schema v3: joint events become reciprocal dyads.
-- "Biden and Putin met" / "Russia and the United States agreed" code several sources and no
-- target (PLOVER marks such actors SRC/TAR). For dyad analysis each source is also the other's
-- target: the view now adds one row per ordered pair of co-sources from different countries,
-- flagged joint = true. Events with a target are unnested source x target as before.
DROP VIEW IF EXISTS event_dyads;
CREATE VIEW event_dyads AS
SELECT e.* EXCLUDE (source, target),
       s.src.country AS source_country, s.src.sector AS source_sector, s.src.code AS source_code,
       s.src.name AS source_name, s.src.text AS source_text,
       t.tgt.country AS target_country, t.tgt.sector AS target_sector, t.tgt.code AS target_code,
       t.tgt.name AS target_name, t.tgt.text AS target_text,
       false AS joint
FROM events e,
     LATERAL (SELECT unnest(CASE WHEN len(e.source) = 0 THEN [NULL] ELSE e.source END) AS src) s,
     LATERAL (SELECT unnest(CASE WHEN len(e.target) = 0 THEN [NULL] ELSE e.target END) AS tgt) t
WHERE len(e.target) > 0
   OR len(list_distinct(list_filter(list_transform(e.source, lambda x: x.country), lambda c: c IS NOT NULL))) < 2
UNION ALL
SELECT e.* EXCLUDE (source, target),
       s.src.country, s.src.sector, s.src.code, s.src.name, s.src.text,
       t.tgt.country, t.tgt.sector, t.tgt.code, t.tgt.name, t.tgt.text,
       true AS joint
FROM events e,
     LATERAL (SELECT unnest(e.source) AS src) s,
     LATERAL (SELECT unnest(e.source) AS tgt) t
WHERE len(e.target) = 0
  AND len(list_distinct(list_filter(list_transform(e.source, lambda x: x.country), lambda c: c IS NOT NULL))) >= 2
  AND s.src.country IS NOT NULL AND t.tgt.country IS NOT NULL
  AND s.src.country <> t.tgt.country;
