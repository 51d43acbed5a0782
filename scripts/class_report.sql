-- The class report of `plenum report --json`, per student and per card, by SQL over the same
-- JSON Lines review logs (one folder per student, reviews-<device>.jsonl files in each).
--
-- Written for DuckDB (scripts/class_report.py runs it, and only DuckDB has run it); it uses
-- only a JSON Lines reader, grouped and window aggregates, list aggregates and a list fold
-- (list_reduce with a lambda), so it ports, by renaming functions, to engines that have those
-- (Spark SQL, Trino). Inputs, set by the runner:
--   getvariable('logs')           glob of the log files, e.g. 'class/*/reviews-*.jsonl'
--   getvariable('time_zone')      the time zone learning days are counted in (plenum: $TZ)
--   getvariable('rollover_hour')  the hour a learning day starts (plenum: 4)
--   getvariable('now_ms')         the report's time in epoch ms (plenum: PLENUM_NOW or now)
--   table learner_settings(student, learning_steps, relearning_steps, scheduler): the
--     number of (re)learning steps and the scheduler of students with a settings.json;
--     students without one have plenum's defaults (2 learning steps, 1 relearning, fsrs).
--
-- What matches plenum's rules (Sources/PlenumKit/Stats/ClassTally.swift, TrueRetention.swift,
-- Progress/LogUnion.swift):
--   * a review id in several device files counts once (the earliest copy by time, then file
--     name; plenum also breaks a tie within a file by line, which SQL cannot see);
--   * undone reviews (an undo line naming the review's id) are left out;
--   * lines that are not JSON, or lack a field or have one out of range, are skipped;
--   * a learning day starts at rollover_hour in time_zone; last_active is the calendar date
--     in time_zone and last_active_at the UTC time to the second;
--   * true retention: a card's first review on a learning day, counted only when the card was
--     in review before it (graduated from its learning or relearning steps); Again fails.
--     Whether a card is in review follows from its ratings and the student's numbers of
--     steps alone (FSRSScheduler+Steps.swift; SM-2 cards are always in review), so the
--     phase is folded over each card's ratings below; no FSRS memory is needed for it.
-- What SQL does not reproduce, and the comparison leaves out:
--   * cards_mastered: needs each card's FSRS stability (or SM-2 interval), the output of the
--     FSRS-6 memory model over the whole history with the student's weights;
--   * log_problems: plenum's own diagnostics (its stricter line validation, conflicting
--     duplicates, undos of missing reviews); DuckDB only skips what it cannot read;
--   * prompt and answer of a card: they come from the deck, not from the logs.
-- Known edges where the two could differ (none occurs in logs plenum writes): a settings.json
-- that plenum refuses for a bad value (it then uses the defaults; the runner counts its
-- steps); ids that are not 32 hex digits sharing a millisecond (plenum orders those by its
-- own id order); answers trimmed of Unicode spaces beyond ASCII white space.

-- The phase after a review (FSRSScheduler.review and afterStep): -1 new, 0..99 a learning
-- step, 100 + step a relearning step, 1000 in review. Again goes back to step 0 (from review
-- to relearning step 0 when there are relearning steps); Hard keeps the step; Good moves on
-- and graduates from the last step; Easy, no steps, or a step past the end graduates.
CREATE OR REPLACE TEMP MACRO plenum_after_step(base, step, steps, rating) AS
  CASE
    WHEN steps = 0 OR (step >= steps AND rating <> 1) THEN 1000
    WHEN rating = 1 THEN base
    WHEN rating = 2 THEN base + step
    WHEN rating = 3 THEN CASE WHEN step + 1 = steps THEN 1000 ELSE base + step + 1 END
    ELSE 1000
  END;

CREATE OR REPLACE TEMP MACRO plenum_next_phase(phase, rating, scheduler, learning, relearning) AS
  CASE
    WHEN scheduler = 'sm2' THEN 1000
    WHEN phase = 1000 THEN CASE WHEN rating = 1 AND relearning > 0 THEN 100 ELSE 1000 END
    WHEN phase >= 100 THEN plenum_after_step(100, phase - 100, relearning, rating)
    ELSE plenum_after_step(0, greatest(phase, 0), learning, rating)
  END;

WITH
lines AS (
  SELECT
    regexp_extract(filename, '([^/]+)/[^/]+$', 1) AS student,
    filename,
    id, card, rating, answer, verdict, undo,
    try_cast("at" AS TIMESTAMPTZ) AS at_ts,
    epoch_ms(try_cast("at" AS TIMESTAMPTZ)) AS at_ms
  FROM read_json(
    getvariable('logs'), format = 'newline_delimited', filename = true, ignore_errors = true,
    columns = {
      v: 'BIGINT', id: 'VARCHAR', card: 'VARCHAR', deck: 'VARCHAR', "at": 'VARCHAR',
      rating: 'BIGINT', form: 'VARCHAR', answer: 'VARCHAR', verdict: 'VARCHAR', ms: 'BIGINT',
      undo: 'VARCHAR'
    })
  WHERE v = 1 AND id IS NOT NULL AND "at" IS NOT NULL
),
undone AS (
  SELECT DISTINCT student, undo AS id FROM lines WHERE undo IS NOT NULL AND at_ms IS NOT NULL
),
-- One copy of each review id per student: the earliest by time, then file name.
copies AS (
  SELECT student, id,
    arg_min({card: card, rating: rating, verdict: verdict, answer: answer, at_ts: at_ts},
      (at_ms, filename)) AS copy
  FROM lines
  WHERE undo IS NULL AND at_ms IS NOT NULL AND card IS NOT NULL AND answer IS NOT NULL
    AND rating BETWEEN 1 AND 4 AND verdict IN ('correct', 'close', 'wrong', 'skipped')
  GROUP BY student, id
),
reviews AS (
  SELECT
    c.student, c.id, c.copy.card, c.copy.rating, c.copy.verdict, c.copy.answer, c.copy.at_ts,
    epoch_ms(c.copy.at_ts) AS at_ms,
    -- The learning day: local wall-clock time less the rollover hour, in whole days.
    floor(
      (epoch_ms(timezone(getvariable('time_zone'), c.copy.at_ts))
        - getvariable('rollover_hour') * 3600000) / 86400000)::BIGINT AS day
  FROM copies c ANTI JOIN undone u ON c.student = u.student AND c.id = u.id
),
settings AS (
  SELECT DISTINCT r.student,
    coalesce(s.learning_steps, 2) AS learning_steps,
    coalesce(s.relearning_steps, 1) AS relearning_steps,
    coalesce(s.scheduler, 'fsrs') AS scheduler
  FROM reviews r LEFT JOIN learner_settings s ON r.student = s.student
),
-- Each card's reviews by one student in time order, with the phase before each one:
-- -1 new, 0..99 learning step, 100..999 relearning step (100 + step), 1000 in review.
histories AS (
  SELECT
    r.student, r.card,
    list(r.rating ORDER BY r.at_ms, r.id) AS ratings,
    list(r.day ORDER BY r.at_ms, r.id) AS days,
    list_reduce(
      list(r.rating ORDER BY r.at_ms, r.id),
      lambda phases, rating: list_append(phases,
        plenum_next_phase(
          phases[-1], rating, s.scheduler, s.learning_steps, s.relearning_steps)),
      [-1]) AS phases
  FROM reviews r JOIN settings s ON r.student = s.student
  GROUP BY r.student, r.card, s.scheduler, s.learning_steps, s.relearning_steps
),
retention AS (
  SELECT
    student,
    count(*) FILTER (WHERE counted) AS reviews,
    count(*) FILTER (WHERE counted AND rating <> 1) AS passed
  FROM (
    SELECT
      student, ratings[i] AS rating,
      i > 1 AND phases[i] = 1000 AND days[i] <> days[i - 1] AS counted
    FROM (SELECT *, generate_subscripts(ratings, 1) AS i FROM histories)
  )
  GROUP BY student
),
students AS (
  SELECT
    r.student AS name,
    count(*) AS reviews,
    count(*) FILTER (WHERE r.verdict = 'correct') AS correct,
    count(DISTINCT r.card) AS cards_seen,
    max(r.at_ts) AS last_ts,
    max(r.day) AS last_day
  FROM reviews r GROUP BY r.student
),
cards AS (
  SELECT
    card,
    count(*) AS reviews,
    count(*) FILTER (WHERE rating = 1 OR verdict = 'wrong') AS failures,
    count(DISTINCT student) AS students
  FROM reviews GROUP BY card
),
difficult AS (
  SELECT *, failures / reviews AS failure_rate,
    row_number() OVER (
      ORDER BY failures / reviews DESC, failures DESC, students DESC, card) AS rank
  FROM cards WHERE students >= 2
),
-- Wrong answers trimmed and lower-cased, as ClassReportBuilder.normalizedAnswer does.
wrong AS (
  SELECT card, lower(regexp_replace(answer, '^\s+|\s+$', '', 'g')) AS answer
  FROM reviews WHERE verdict = 'wrong'
),
misconceptions AS (
  SELECT d.rank, d.card, d.failure_rate,
    (SELECT count(*) FROM wrong w WHERE w.card = d.card AND w.answer <> '') AS wrong_answers
  FROM difficult d
  WHERE d.failures > 0
  QUALIFY row_number() OVER (ORDER BY d.rank) <= 10
),
common AS (
  SELECT m.card, w.answer, count(*) AS count,
    row_number() OVER (PARTITION BY m.card ORDER BY count(*) DESC, w.answer) AS place
  FROM misconceptions m JOIN wrong w ON w.card = m.card AND w.answer <> ''
  GROUP BY m.card, w.answer
)
SELECT to_json({
  total_reviews: (SELECT coalesce(sum(reviews), 0) FROM students),
  students: (
    SELECT coalesce(list({
      name: s.name,
      reviews: s.reviews,
      correct: s.correct,
      correct_share: s.correct / s.reviews,
      true_retention: {
        reviews: coalesce(t.reviews, 0),
        passed: coalesce(t.passed, 0),
        rate: CASE WHEN coalesce(t.reviews, 0) = 0 THEN NULL ELSE t.passed / t.reviews END
      },
      cards_seen: s.cards_seen,
      last_active: strftime(timezone(getvariable('time_zone'), s.last_ts), '%Y-%m-%d'),
      last_active_at: strftime(timezone('UTC', s.last_ts), '%Y-%m-%dT%H:%M:%SZ'),
      days_since_active:
        floor(
          (epoch_ms(timezone(getvariable('time_zone'), to_timestamp(getvariable('now_ms') / 1000)))
            - getvariable('rollover_hour') * 3600000) / 86400000)::BIGINT - s.last_day
    } ORDER BY s.name), [])
    FROM students s LEFT JOIN retention t ON t.student = s.name
  ),
  cards: (
    SELECT coalesce(list({
      card: card, reviews: reviews, failures: failures, failure_rate: failure_rate,
      students: students
    } ORDER BY rank), [])
    FROM difficult
  ),
  misconceptions: (
    SELECT coalesce(list({
      card: m.card, failure_rate: m.failure_rate, wrong_answers: m.wrong_answers,
      common: (
        SELECT coalesce(list({
          answer: c.answer, count: c.count, share: c.count / m.wrong_answers
        } ORDER BY c.place), [])
        FROM common c WHERE c.card = m.card AND c.place <= 5)
    } ORDER BY m.rank), [])
    FROM misconceptions m
  )
}) AS report;
