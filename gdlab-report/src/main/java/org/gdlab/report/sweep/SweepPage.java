package org.gdlab.report.sweep;

import static org.gdlab.report.html.Html.escape;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gdlab.core.io.AtomicFiles;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.report.ChartRenderer;
import org.gdlab.report.ChartWriter;
import org.gdlab.report.HeatMapSpec;
import org.gdlab.sweep.PointMetrics;
import org.gdlab.sweep.PointRecord;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.Setting;
import org.gdlab.sweep.SweepRecord;
import org.jfree.chart.JFreeChart;

/**
 * A sweep's index.html, one self-contained file (no external scripts, styles or images): what ran
 * and the best point, the table of every point (sorted by a click on a column's header, by a small
 * inline script), the metric against each axis and a heat map over two axes (inline SVG drawn by
 * {@link ChartWriter}), and the spec. While points are pending the page reloads itself every 30 s.
 */
public final class SweepPage {
    /** The page's file name. */
    public static final String FILE = "index.html";

    private static final String SORT_SCRIPT = """
            document.querySelectorAll('table.points th').forEach(function (th, col) {
              th.addEventListener('click', function () {
                var table = th.closest('table'), body = table.tBodies[0];
                var up = th.getAttribute('aria-sort') !== 'ascending';
                table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
                var rows = Array.prototype.slice.call(body.rows);
                function key(row) { var c = row.cells[col]; return c.hasAttribute('data-v') ? c.getAttribute('data-v') : c.textContent; }
                rows.sort(function (a, b) {
                  var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
                  var d;
                  if (!isNaN(nx) && !isNaN(ny)) { d = nx - ny; }
                  else if (!isNaN(nx)) { return -1; } else if (!isNaN(ny)) { return 1; }
                  else { d = x < y ? -1 : x > y ? 1 : 0; }
                  return (up ? d : -d) || (a.rowIndex - b.rowIndex);
                });
                rows.forEach(function (r) { body.appendChild(r); });
              });
            });
            """;

    private SweepPage() {
    }

    /**
     * Writes {@code dir/index.html} for {@code record}, atomically.
     *
     * @param record the sweep's sweep.json
     * @param dir the sweep's folder
     * @return the page's path, {@code dir/index.html}
     */
    public static Path write(SweepRecord record, Path dir) {
        Path file = dir.resolve(FILE);
        byte[] bytes = html(record).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
        return file;
    }

    /**
     * The page of {@code record}.
     *
     * @param r the sweep's sweep.json
     * @return the whole self-contained HTML document: what ran, the best point, the points' table, the charts and the spec
     */
    public static String html(SweepRecord r) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>Sweep: ").append(r.points().size()).append(r.points().size() == 1 ? " point" : " points").append("</h1>\n");
        h.append("<p class=\"summary\">").append(escape(counts(r))).append(". Ranked by ").append(escape(SweepCharts.name(r.metric())))
                .append(r.metric().higherIsBetter() ? " (higher is better)" : " (lower is better)").append(".</p>\n");
        r.best().ifPresent(b -> h.append("<p class=\"best\">Best: <b>").append(escape(b)).append("</b>, ")
                .append(escape(SweepCharts.name(r.metric()))).append(' ').append(number(r.metric().of(r.point(b).metrics())))
                .append(" (<a href=\"").append(escape(b)).append("/results.json\">results.json</a>)</p>\n"));
        h.append("<h2>Points</h2>\n<p class=\"note\">Click a column's header to sort by it; click again to reverse. "
                + "Each point's run folder is named by its point.</p>\n");
        h.append(table(r));
        List<AxisValues> axes = SweepCharts.axes(r);
        if (!axes.isEmpty()) {
            h.append("<h2>").append(escape(SweepCharts.name(r.metric()))).append(" against each axis</h2>\n");
            for (AxisValues a : axes) {
                JFreeChart chart = a.named(ChartRenderer.xy(SweepCharts.againstAxis(r, a)), true);
                h.append("<figure>").append(ChartWriter.svgElement(chart, "axis-" + a.setting().label())).append("</figure>\n");
            }
        }
        Optional<HeatMapSpec> heat = SweepCharts.heatMap(r);
        if (heat.isPresent()) {
            List<AxisValues> xy = SweepCharts.heatMapAxes(r).orElseThrow();
            JFreeChart chart = xy.get(1).named(xy.get(0).named(ChartRenderer.heatMap(heat.get()), true), false);
            h.append("<h2>Heat map</h2>\n<figure>").append(ChartWriter.svgElement(chart, "heat-map")).append("</figure>\n");
        }
        if (axes.isEmpty() && r.finished() > 0) {
            h.append("<p class=\"note\">No axis but the seed has two completed values yet: no chart to draw.</p>\n");
        }
        r.spec().ifPresent(s -> h.append("<h2>Spec</h2>\n<pre>").append(escape(JsonFiles.toJson(s))).append("</pre>\n"));
        return document(h.toString(), r.count(PointStatus.PENDING) > 0);
    }

    private static String counts(SweepRecord r) {
        StringBuilder s = new StringBuilder();
        for (PointStatus st : PointStatus.values()) {
            long n = r.count(st);
            if (n > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(st.label().replace('_', ' '));
            }
        }
        return s.toString();
    }

    private static String table(SweepRecord r) {
        StringBuilder t = new StringBuilder("<table class=\"points\">\n<thead><tr><th>#</th><th>point</th>");
        for (Setting s : r.axes()) {
            t.append("<th>").append(escape(s.label())).append("</th>");
        }
        t.append("<th>status</th><th>validation acc.</th><th>test acc.</th><th>train acc.</th><th>train loss</th>"
                + "<th>best epoch</th><th>epochs</th><th>seconds</th><th>reason</th></tr></thead>\n<tbody>\n");
        for (PointRecord p : r.points()) {
            boolean best = r.best().map(p.name()::equals).orElse(false);
            t.append("<tr class=\"").append(p.status().label()).append(best ? " best" : "").append("\">");
            t.append("<td data-v=\"").append(p.index()).append("\">").append(p.index() + 1).append("</td>");
            t.append("<td>").append(escape(p.name())).append("</td>");
            for (Setting s : r.axes()) {
                String v = p.value(s) == null ? "" : p.value(s);
                t.append("<td").append(numeric(v) ? " data-v=\"" + escape(v) + "\"" : "").append('>').append(escape(v)).append("</td>");
            }
            t.append("<td>").append(escape(p.status().label().replace('_', ' '))).append("</td>");
            PointMetrics m = p.metrics();
            if (m == null) {
                t.append("<td></td>".repeat(6));
            } else {
                t.append(cell(m.validationAccuracy())).append(cell(m.testAccuracy())).append(cell(m.trainAccuracy()))
                        .append(cell(m.finalTrainLoss())).append(whole(m.bestEpoch())).append(whole(m.epochsCompleted()));
            }
            t.append(String.format(Locale.ROOT, "<td data-v=\"%.3f\">%.1f</td>", p.seconds(), p.seconds()));
            t.append("<td class=\"reason\">").append(escape(p.reason())).append("</td></tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? "<td data-v=\"" + v + "\">" + number(v) + "</td>" : "<td>" + (Double.isNaN(v) ? "" : v) + "</td>";
    }

    private static String whole(int v) {
        return "<td data-v=\"" + v + "\">" + v + "</td>";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static boolean numeric(String v) {
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String document(String body, boolean running) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + (running ? "<meta http-equiv=\"refresh\" content=\"30\">\n" : "")
                + "<title>gdlab: sweep</title>\n<style>\n"
                + "body { font-family: sans-serif; max-width: 1200px; margin: 1em auto; padding: 0 1em; line-height: 1.45; color: #222; }\n"
                + "h1 { border-bottom: 2px solid #444; }\n"
                + "table { border-collapse: collapse; font-size: 0.9em; }\n"
                + "td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; white-space: nowrap; }\n"
                + "td.reason { white-space: normal; max-width: 24em; }\n"
                + "th { background: #f3f5f8; cursor: pointer; user-select: none; }\n"
                + "th[aria-sort=ascending]::after { content: ' \\25B2'; } th[aria-sort=descending]::after { content: ' \\25BC'; }\n"
                + "tr.best td { background: #eef8ee; font-weight: bold; }\n"
                + "tr.failed td, tr.diverged td { color: #b42318; } tr.pending td, tr.not_tried td { color: #888; }\n"
                + ".note { color: #555; font-size: 0.9em; }\n"
                + "figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; border: 1px solid #ddd; }\n"
                + "pre { background: #f6f6f6; padding: 0.5em; overflow-x: auto; }\n"
                + "</style>\n</head>\n<body>\n" + body + "<script>\n" + SORT_SCRIPT + "</script>\n</body>\n</html>\n";
    }
}
