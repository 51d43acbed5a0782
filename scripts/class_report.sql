-- The class report of `plenum report --json`, per student and per card, by SQL over the same
-- JSON Lines review logs (one folder per student, reviews-<device>.jsonl files in each).
--
-- One SQL text for DuckDB and Spark SQL: scripts/class_report.py runs it on either
-- (--engine duckdb|spark), and ReportSQLExternalTests compares both with plenum. It is
-- five views and a SELECT, in what both dialects accept: CREATE OR REPLACE TEMPORARY VIEW,
-- CTEs, grouped aggregates, window functions (row_number, lag, running sum/max/min over ROWS
-- frames), CASE, LIKE, regexp_extract, trim(BOTH .. FROM ..), lower, lpad, chr, CAST(.. AS
-- BIGINT/INT/DOUBLE/STRING), DATE '1970-01-01' + n, UNION ALL. No lists, lambdas, structs,
-- QUALIFY, FILTER clauses or engine variables.
--
-- What the runner sets up per engine (the only engine-specific part, in class_report.py):
--   view log_lines(path, v, id, card, deck, at_text, rating, form, answer, verdict, ms, undo):
--     one row per line of CLASS/*/reviews-*.jsonl, with the plain path of its file and the
--     JSON fields typed (BIGINT v, rating, ms; text the rest; at_text is the field "at");
--     a line that is not JSON gives a row of NULLs. DuckDB: read_json(.., ignore_errors);
--     Spark: spark.read.json with that schema, PERMISSIVE, the path from input_file_name().
--   view learner_settings(student, learning_steps, relearning_steps, scheduler): the number
--     of (re)learning steps and the scheduler of students with a readable settings.json;
--     students without one have plenum's defaults (2 learning steps, 1 relearning, fsrs).
--   view report_inputs(time_zone, rollover_hour, now_ms): one row; the time zone learning
--     days are counted in (plenum: $TZ), the hour a learning day starts (plenum: 4) and the
--     report's time in epoch ms (plenum: PLENUM_NOW or now).
--   plenum_epoch_ms(text): epoch ms of an ISO 8601 time with its offset, NULL if it is not
--     one. DuckDB: a macro, epoch_ms(try_cast(text AS TIMESTAMPTZ)); Spark: a SQL function,
--     unix_millis(try_cast(text AS TIMESTAMP)) in a UTC session.
--   plenum_local_ms(ms, time_zone): the wall-clock time in time_zone of the instant ms, as
--     epoch ms. DuckDB: epoch_ms(timezone(zone, timezone('UTC', epoch_ms(ms)))); Spark:
--     unix_millis(from_utc_timestamp(timestamp_millis(ms), zone)).
-- The runner also keeps each view's rows once computed, as the views are used more than
-- once (DuckDB: CREATE OR REPLACE TEMP TABLE .. AS; Spark: CACHE TABLE .. AS); run as plain
-- views, the text gives the same result. The SELECT's rows are flat, one per student, card,
-- misconception and common wrong answer (column part, in the order of column place), and
-- the runner nests them into the report's JSON.
--
-- What matches plenum's rules (Sources/PlenumKit/Stats/ClassTally.swift, TrueRetention.swift,
-- Progress/LogUnion.swift, LogLineParser.swift):
--   * a review id in several device files counts once (the earliest copy by time, then file
--     name; plenum also breaks a tie within a file by line, which SQL cannot see);
--   * undone reviews (an undo line naming the review's id) are left out;
--   * lines that are not JSON, or lack a field or have one out of range, are skipped (a time
--     must look like 2026-11-23T13:08:43.123Z or end in an offset like +02:00);
--   * a learning day starts at rollover_hour in time_zone; last_active is the calendar date
--     in time_zone and last_active_at the UTC time to the second;
--   * true retention: a card's first review on a learning day, counted only when the card was
--     in review before it (graduated from its learning or relearning steps); Again fails.
--     Whether a card is in review follows from its ratings and the student's numbers of
--     steps alone (FSRSScheduler+Steps.swift; SM-2 cards are always in review); see the CTE
--     phases below. No FSRS memory is needed for it.
-- What SQL does not reproduce, and the comparison leaves out:
--   * cards_mastered: needs each card's FSRS stability (or SM-2 interval), the output of the
--     FSRS-6 memory model over the whole history with the student's weights;
--   * log_problems: plenum's own diagnostics (its stricter line validation, conflicting
--     duplicates, undos of missing reviews); the engines only skip what they cannot read;
--   * prompt and answer of a card: they come from the deck, not from the logs.
-- Known edges where the two could differ (none occurs in logs plenum writes): a settings.json
-- that plenum refuses for a bad value (it then uses the defaults; the runner counts its
-- steps); ids that are not 32 hex digits sharing a millisecond (plenum orders those by its
-- own id order); a field of the wrong JSON type that an engine converts (DuckDB reads
-- "rating": "3" and 3.0 as 3, either engine reads a number as text; plenum skips the line);
-- answers trimmed of Unicode spaces beyond ASCII white space.

-- Each review once: the earliest copy of its id by time, then file name, unless an undo line
-- names the id. Review and undo lines are keyed by the id they are about (an undo line by
-- the id it undoes), so one pass over the lines finds both.
CREATE OR REPLACE TEMPORARY VIEW reviews AS
WITH
lines AS (
  SELECT
    regexp_extract(path, '([^/]+)/[^/]+$', 1) AS student,
    path, card, rating, answer, verdict,
    CASE WHEN undo IS NULL THEN id ELSE undo END AS about,
    CASE WHEN undo IS NULL THEN 0 ELSE 1 END AS is_undo,
    CASE
      WHEN at_text LIKE '____-__-__T__:__:__%'
        AND (at_text LIKE '%Z' OR at_text LIKE '%+__:__' OR at_text LIKE '%-__:__')
      THEN plenum_epoch_ms(at_text)
    END AS at_ms,
    CASE
      WHEN undo IS NULL AND card IS NOT NULL AND answer IS NOT NULL AND deck IS NOT NULL
        AND form IS NOT NULL AND ms >= 0 AND rating BETWEEN 1 AND 4
        AND verdict IN ('correct', 'close', 'wrong', 'skipped')
      THEN 1 ELSE 0
    END AS is_review
  FROM log_lines
  WHERE v = 1 AND id IS NOT NULL AND id <> '' AND at_text IS NOT NULL
),
copies AS (
  SELECT student, about AS id, card, rating, verdict, answer, at_ms, is_review,
    max(is_undo) OVER (PARTITION BY student, about) AS undone,
    row_number() OVER (
      PARTITION BY student, about ORDER BY is_review DESC, at_ms, path) AS copy
  FROM lines
  WHERE at_ms IS NOT NULL
)
SELECT
  c.student, c.id, c.card, c.rating, c.verdict, c.answer, c.at_ms,
  -- The learning day: local wall-clock time less the rollover hour, in whole days.
  CAST(floor(
    (plenum_local_ms(c.at_ms, p.time_zone) - p.rollover_hour * 3600000) / 86400000)
    AS BIGINT) AS day
FROM copies c CROSS JOIN report_inputs p
WHERE c.is_review = 1 AND c.copy = 1 AND c.undone = 0;

-- True retention per student: a card's first review on a learning day, counted when the card
-- was in review before it.
CREATE OR REPLACE TEMPORARY VIEW retention AS
WITH
settings AS (
  SELECT DISTINCT r.student,
    coalesce(s.learning_steps, 2) AS learning_steps,
    coalesce(s.relearning_steps, 1) AS relearning_steps,
    coalesce(s.scheduler, 'fsrs') AS scheduler
  FROM reviews r LEFT JOIN learner_settings s ON r.student = s.student
),
-- The phase of a card after each of its reviews (FSRSScheduler.review and afterStep), over
-- the card's reviews by one student in time order. Again starts a new run of steps at step
-- 0; within a run, Hard keeps the step, Good moves one on, and the card graduates when the
-- Goods since the run began reach the number of steps, at an Easy, or at once without steps.
-- Runs before the card first graduates are learning steps; later runs (each begun by an
-- Again in review) are relearning steps, and without relearning steps Again keeps the card
-- in review. SM-2 cards are always in review.
runs AS (
  SELECT r.student, r.card, r.id, r.at_ms, r.rating, r.day,
    s.learning_steps, s.relearning_steps, s.scheduler,
    sum(CASE WHEN r.rating = 1 THEN 1 ELSE 0 END) OVER (PARTITION BY r.student, r.card
      ORDER BY r.at_ms, r.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run,
    sum(CASE WHEN r.rating = 3 THEN 1 ELSE 0 END) OVER (PARTITION BY r.student, r.card
      ORDER BY r.at_ms, r.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS goods_so_far,
    sum(CASE WHEN r.rating = 4 THEN 1 ELSE 0 END) OVER (PARTITION BY r.student, r.card
      ORDER BY r.at_ms, r.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS easys_so_far
  FROM reviews r JOIN settings s ON r.student = s.student
),
in_run AS (
  SELECT *,
    goods_so_far - coalesce(max(CASE WHEN rating = 1 THEN goods_so_far END) OVER (
      PARTITION BY student, card ORDER BY at_ms, id
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0) AS goods,
    easys_so_far - coalesce(max(CASE WHEN rating = 1 THEN easys_so_far END) OVER (
      PARTITION BY student, card ORDER BY at_ms, id
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0) AS easys
  FROM runs
),
graduations AS (
  SELECT *,
    -- The run in which the card first graduated from its learning steps, NULL before then.
    min(CASE WHEN learning_steps = 0 OR goods >= learning_steps OR easys > 0 THEN run END)
      OVER (PARTITION BY student, card ORDER BY at_ms, id
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS graduation_run
  FROM in_run
),
phases AS (
  SELECT student, card, rating, day, at_ms, id,
    CASE
      WHEN scheduler = 'sm2' THEN 1
      WHEN graduation_run IS NULL THEN 0
      WHEN run = graduation_run OR relearning_steps = 0 OR goods >= relearning_steps
        OR easys > 0 THEN 1
      ELSE 0
    END AS in_review_after
  FROM graduations
),
first_of_day AS (
  SELECT student, rating,
    CASE
      WHEN lag(in_review_after) OVER (PARTITION BY student, card ORDER BY at_ms, id) = 1
        AND lag(day) OVER (PARTITION BY student, card ORDER BY at_ms, id) <> day
      THEN 1 ELSE 0
    END AS counted
  FROM phases
)
SELECT student,
  sum(counted) AS reviews,
  sum(CASE WHEN rating <> 1 THEN counted ELSE 0 END) AS passed
FROM first_of_day
GROUP BY student;

-- The cards at least two students reviewed, hardest first: failure rate, then failures,
-- then students, then card id.
CREATE OR REPLACE TEMPORARY VIEW difficult AS
WITH cards AS (
  SELECT
    card,
    count(*) AS reviews,
    sum(CASE WHEN rating = 1 OR verdict = 'wrong' THEN 1 ELSE 0 END) AS failures,
    count(DISTINCT student) AS students
  FROM reviews GROUP BY card
)
SELECT *, failures / reviews AS failure_rate,
  row_number() OVER (
    ORDER BY failures / reviews DESC, failures DESC, students DESC, card) AS place
FROM cards WHERE students >= 2;

-- Wrong answers trimmed of ASCII white space and lower-cased, as
-- ClassReportBuilder.normalizedAnswer does, and counted per card; empty ones are not.
CREATE OR REPLACE TEMPORARY VIEW wrong AS
SELECT card, answer, count(*) AS answers
FROM (
  SELECT card,
    lower(trim(BOTH ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13) FROM answer))
      AS answer
  FROM reviews WHERE verdict = 'wrong'
) normalized
WHERE answer <> ''
GROUP BY card, answer;

-- The ten hardest cards that were failed at least once, with their wrong answers.
CREATE OR REPLACE TEMPORARY VIEW misconceptions AS
SELECT * FROM (
  SELECT d.card, d.failure_rate, coalesce(t.wrong_answers, 0) AS wrong_answers,
    row_number() OVER (ORDER BY d.place) AS place
  FROM difficult d
  LEFT JOIN (SELECT card, sum(answers) AS wrong_answers FROM wrong GROUP BY card) t
    ON t.card = d.card
  WHERE d.failures > 0
) failed
WHERE place <= 10;

-- The report, one row per student, card, misconception and common wrong answer.
WITH
students AS (
  SELECT
    r.student AS name,
    count(*) AS reviews,
    sum(CASE WHEN r.verdict = 'correct' THEN 1 ELSE 0 END) AS correct,
    count(DISTINCT r.card) AS cards_seen,
    max(r.at_ms) AS last_ms,
    max(r.day) AS last_day
  FROM reviews r GROUP BY r.student
),
-- Local wall-clock ms of each student's last review, and the learning day of the report.
clock AS (
  SELECT s.*,
    plenum_local_ms(s.last_ms, p.time_zone) AS last_local_ms,
    CAST(floor(
      (plenum_local_ms(p.now_ms, p.time_zone) - p.rollover_hour * 3600000) / 86400000)
      AS BIGINT) AS today,
    CAST(floor(s.last_ms / 86400000) AS BIGINT) AS last_utc_day
  FROM students s CROSS JOIN report_inputs p
),
-- Each misconception's five commonest wrong answers, then in alphabetical order.
common AS (
  SELECT * FROM (
    SELECT m.card, w.answer, w.answers, w.answers / m.wrong_answers AS share,
      row_number() OVER (PARTITION BY m.card ORDER BY w.answers DESC, w.answer) AS place
    FROM misconceptions m JOIN wrong w ON w.card = m.card
  ) ranked
  WHERE place <= 5
)
SELECT 'student' AS part, row_number() OVER (ORDER BY c.name) AS place, c.name AS item,
  c.reviews, c.correct, c.correct / c.reviews AS correct_share,
  coalesce(t.reviews, 0) AS retention_reviews, coalesce(t.passed, 0) AS retention_passed,
  CASE WHEN coalesce(t.reviews, 0) = 0 THEN CAST(NULL AS DOUBLE)
    ELSE t.passed / t.reviews END AS retention_rate,
  c.cards_seen,
  CAST(DATE '1970-01-01' + CAST(floor(c.last_local_ms / 86400000) AS INT) AS STRING)
    AS last_active,
  CAST(DATE '1970-01-01' + CAST(c.last_utc_day AS INT) AS STRING) || 'T'
    || lpad(CAST(CAST(floor((c.last_ms - c.last_utc_day * 86400000) / 3600000) AS BIGINT)
      AS STRING), 2, '0') || ':'
    || lpad(CAST(CAST(floor((c.last_ms - c.last_utc_day * 86400000) / 60000) AS BIGINT) % 60
      AS STRING), 2, '0') || ':'
    || lpad(CAST(CAST(floor((c.last_ms - c.last_utc_day * 86400000) / 1000) AS BIGINT) % 60
      AS STRING), 2, '0') || 'Z' AS last_active_at,
  c.today - c.last_day AS days_since_active,
  CAST(NULL AS BIGINT) AS failures, CAST(NULL AS DOUBLE) AS failure_rate,
  CAST(NULL AS BIGINT) AS students, CAST(NULL AS BIGINT) AS wrong_answers,
  CAST(NULL AS STRING) AS answer, CAST(NULL AS DOUBLE) AS share
FROM clock c LEFT JOIN retention t ON t.student = c.name
UNION ALL
SELECT 'card', place, card, reviews, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  failures, failure_rate, students, NULL, NULL, NULL
FROM difficult
UNION ALL
SELECT 'misconception', place, card, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, failure_rate, NULL, wrong_answers, NULL, NULL
FROM misconceptions
UNION ALL
SELECT 'common', place, card, answers, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, answer, share
FROM common
