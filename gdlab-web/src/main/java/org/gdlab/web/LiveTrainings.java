package org.gdlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.linearize.toy.ToyConfig;
import org.gdlab.linearize.toy.ToyData;
import org.gdlab.linearize.toy.ToyExperiment;
import org.gdlab.linearize.toy.ToyResult;
import org.gdlab.web.api.Bounds;
import org.gdlab.web.api.LinearizeRequest;

/**
 * The live linearizations: each runs {@link ToyExperiment} on a thread of its own and records what
 * it reports as events (the data, a report at initialization and every {@code saveEvery} steps with
 * the fit, the loss, the singular values and the principal features, progress, the end), which
 * the page reads as server-sent events. A page runs at most one (starting another stops its
 * previous one); the server at most {@link Bounds#MAX_LIVE_TRAININGS}; a run stopped by the page
 * waits to continue for at most {@link #PAUSE_LIMIT_MINUTES} minutes, then ends.
 */
final class LiveTrainings {
    /** How long a stopped run waits for "continue". */
    static final long PAUSE_LIMIT_MINUTES = 10;
    private final ObjectMapper json;
    private final Map<String, Run> runs = new HashMap<>();
    private final Map<String, Run> byPage = new HashMap<>();
    private int next = 1;

    LiveTrainings(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One event of a run's stream.
     *
     * @param id its index in the stream
     * @param type {@code data}, {@code report}, {@code progress} or {@code end}
     * @param json its payload
     */
    record Event(int id, String type, String json) {
    }

    /** The start of a run, as answered to the page. */
    record Started(String run) {
    }

    /** The end of a run. */
    record End(String status, long steps, String message) {
    }

    /** The progress of a run. */
    record Progress(long done, long total, String status, boolean paused) {
    }

    /** The data and settings of a run. */
    record Data(Map<String, Object> config, ToyData data) {
    }

    /** Starts a run for the request's page, stopping that page's previous run. */
    Started start(LinearizeRequest request) {
        String page = request.page();
        if (page == null || !page.matches("[A-Za-z0-9-]{1,64}")) {
            throw org.gdlab.core.validate.Check.invalid("page", page, "must be the page's id (1 to 64 letters, digits, -)");
        }
        ToyConfig config = request.toConfig();
        Run run;
        synchronized (this) {
            Run previous = byPage.remove(page);
            if (previous != null) {
                previous.cancel();
            }
            long running = runs.values().stream().filter(Run::live).count();
            if (running >= Bounds.MAX_LIVE_TRAININGS) {
                throw new HttpFailure(409, running + " live trainings are running on this server, the most it runs at once: "
                        + "stop one first");
            }
            runs.values().removeIf(Run::finished);
            run = new Run("r" + next++, config);
            runs.put(run.id, run);
            byPage.put(page, run);
        }
        Thread thread = new Thread(run::train, "gdlab-explore-" + run.id);
        thread.setDaemon(true);
        thread.start();
        return new Started(run.id);
    }

    /** The run with this id. */
    synchronized Run get(String id) {
        Run run = runs.get(id);
        if (run == null) {
            throw new HttpFailure(404, "live training '" + id + "' is not running on this server");
        }
        return run;
    }

    /** Stops every run (the server is closing). */
    synchronized void stopAll() {
        runs.values().forEach(Run::cancel);
    }

    /** One live run and its events. */
    final class Run {
        private final String id;
        private final ToyConfig config;
        private final List<Event> events = new ArrayList<>();
        private boolean paused;
        private boolean cancelled;
        private boolean finished;

        private Run(String id, ToyConfig config) {
            this.id = id;
            this.config = config;
        }

        private void train() {
            add("data", new Data(config.describe(), ToyData.of(config)));
            try {
                ToyResult result = ToyExperiment.run(config, new Listener(), report -> add("report", report));
                add("end", new End(result.training().status(), result.training().steps(), result.training().divergence()));
            } catch (CancellationException e) {
                add("end", new End("stopped", -1, "the run was ended: " + e.getMessage()));
            } catch (RuntimeException e) {
                add("end", new End("failed", -1, String.valueOf(e.getMessage())));
            }
            synchronized (this) {
                finished = true;
                notifyAll();
            }
        }

        private synchronized void add(String type, Object payload) {
            try {
                events.add(new Event(events.size(), type, json.writeValueAsString(payload)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a live event: " + e.getMessage(), e);
            }
            notifyAll();
        }

        /** Stops (true) or continues (false) the training. */
        synchronized void pause(boolean stop) {
            paused = stop;
            notifyAll();
        }

        private synchronized void cancel() {
            cancelled = true;
            notifyAll();
        }

        synchronized boolean finished() {
            return finished;
        }

        /** Neither finished nor ended by the page or the server. */
        synchronized boolean live() {
            return !finished && !cancelled;
        }

        /**
         * The events from index {@code from} on, waiting up to {@code millis} for one; empty when
         * none came (or the run has finished and every event was read).
         */
        synchronized List<Event> eventsFrom(int from, long millis) throws InterruptedException {
            long until = System.currentTimeMillis() + millis;
            while (events.size() <= from && !finished) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                wait(left);
            }
            return from < events.size() ? List.copyOf(events.subList(from, events.size())) : List.of();
        }

        /** Blocks the training thread while the page has it stopped; throws once the run is ended. */
        private synchronized void waitWhilePaused() {
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(PAUSE_LIMIT_MINUTES);
            while (paused && !cancelled) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    throw new CancellationException("stopped for more than " + PAUSE_LIMIT_MINUTES + " minutes");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
            }
            if (cancelled) {
                throw new CancellationException("the page started another run or the server stopped");
            }
        }

        private final class Listener implements ProgressListener {
            private long total;

            @Override
            public void start(String task, long total) {
                this.total = total;
            }

            @Override
            public void advance(long done, String status) {
                boolean wasPaused;
                synchronized (Run.this) {
                    wasPaused = paused;
                }
                if (wasPaused) {
                    add("progress", new Progress(done, total, status, true));
                }
                waitWhilePaused();
                add("progress", new Progress(done, total, status, false));
            }

            @Override
            public void finish(String summary) {
            }
        }
    }
}
