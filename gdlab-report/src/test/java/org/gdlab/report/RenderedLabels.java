package org.gdlab.report;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The tick labels of a drawn chart with their bounds on the page: the chart is drawn, the data
 * area read back, and each axis asked for the ticks it draws there; each label's box is its
 * measured text size placed at its tick the way the axis anchors it.
 */
final class RenderedLabels {
    /**
     * One axis's labels.
     *
     * @param axis which axis: {@code x}, {@code y} or {@code colour bar}
     * @param labels the texts of the labelled ticks
     * @param boxes their bounds, in the same order
     */
    record AxisLabels(String axis, List<String> labels, List<Rectangle2D> boxes) {
        /** The first pair of labels whose boxes intersect, or null. */
        String overlap() {
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (boxes.get(i).intersects(boxes.get(j))) {
                        return "'" + labels.get(i) + "' and '" + labels.get(j) + "'";
                    }
                }
            }
            return null;
        }
    }

    private RenderedLabels() {
    }

    /** The labels of the x, y and (for a heat map) colour-bar axes of {@code chart}, drawn at the style's size. */
    static List<AxisLabels> of(JFreeChart chart) {
        BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            XYPlot plot = chart.getXYPlot();
            List<AxisLabels> out = new ArrayList<>();
            out.add(labels("x", plot.getDomainAxis(), g2, area, plot.getDomainAxisEdge()));
            out.add(labels("y", plot.getRangeAxis(), g2, area, plot.getRangeAxisEdge()));
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                if (chart.getSubtitle(i) instanceof PaintScaleLegend bar) {
                    out.add(labels("colour bar", bar.getAxis(), g2, area, RectangleEdge.RIGHT));
                }
            }
            return out;
        } finally {
            g2.dispose();
        }
    }

    /** The labels {@code axis} draws along {@code area} on {@code edge}. */
    static AxisLabels labels(String name, ValueAxis axis, Graphics2D g2, Rectangle2D area, RectangleEdge edge) {
        g2.setFont(axis.getTickLabelFont());
        FontMetrics fm = g2.getFontMetrics();
        List<String> texts = new ArrayList<>();
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Object o : axis.refreshTicks(g2, new AxisState(), area, edge)) {
            Tick t = (Tick) o;
            if (t instanceof ValueTick v && v.getTickType() == TickType.MINOR || t.getText() == null || t.getText().isEmpty()) {
                continue;
            }
            double at = axis.valueToJava2D(((ValueTick) t).getValue(), area, edge);
            Rectangle2D size = TextUtils.getTextBounds(t.getText(), g2, fm);
            Rectangle2D box = RectangleEdge.isTopOrBottom(edge)
                    ? new Rectangle2D.Double(at - size.getWidth() / 2, area.getMaxY() + 4, size.getWidth(), size.getHeight())
                    : new Rectangle2D.Double(area.getMinX() - 4 - size.getWidth(), at - size.getHeight() / 2, size.getWidth(),
                            size.getHeight());
            texts.add(t.getText());
            boxes.add(box);
        }
        return new AxisLabels(name, texts, boxes);
    }
}
