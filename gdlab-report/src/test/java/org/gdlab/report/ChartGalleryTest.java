package org.gdlab.report;

import org.gdlab.linearize.toy.KernelPrediction;
import org.gdlab.report.linearize.KernelPredictionCharts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.lab.experiment.BestModelExperiment;
import org.gdlab.lab.experiment.ExperimentOptions;
import org.gdlab.lab.suite.LabOptions;
import org.gdlab.lab.suite.LabRunner;
import org.gdlab.lab.suite.LabStep;
import org.gdlab.lab.suite.TheorySteps;
import org.gdlab.linearize.model.ModelSpectrum;
import org.gdlab.linearize.suite.LinearizeSuite;
import org.gdlab.linearize.suite.SuiteRun;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.KnownDataSet;
import org.gdlab.report.html.HeadlessChromium;
import org.gdlab.report.lab.ExperimentCharts;
import org.gdlab.report.linearize.ModelCharts;
import org.gdlab.report.linearize.SuiteCharts;
import org.gdlab.report.theory.GdCharts;
import org.gdlab.report.theory.MomentumCharts;
import org.gdlab.report.theory.NoiseCharts;
import org.gdlab.report.theory.RidgeCharts;
import org.gdlab.report.train.TrainCharts;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.MomentumAnalysis;
import org.gdlab.theory.momentum.MomentumAnswers;
import org.gdlab.theory.momentum.MomentumConfig;
import org.gdlab.theory.momentum.MomentumForm;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.noise.NoisePath;
import org.gdlab.theory.noise.VectorNoiseConfig;
import org.gdlab.theory.ridge.RegressionData;
import org.gdlab.theory.ridge.RidgeAnalysis;
import org.gdlab.theory.ridge.RidgeBenchmark;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of chart gdlab draws, rendered from small fixed results (a {@code --quick} lab with
 * seed 1; its experiments where Fashion-MNIST is installed) into one page,
 * {@code target/chart-gallery/index.html}, with a headless-Chromium screenshot of it
 * ({@code gallery.png}); and the checks of the style on every one of them.
 */
class ChartGalleryTest {
    static final Path GALLERY = Path.of("target", "chart-gallery");
    @TempDir
    static Path lab;
    /** Every chart by gallery name ({@code step/chart}). */
    static final Map<String, JFreeChart> CHARTS = new LinkedHashMap<>();
    static final Map<String, Object> SPECS = new LinkedHashMap<>();
    static boolean data;

    @BeforeAll
    static void renderTheGallery() throws IOException {
        data = DataLocator.system().find(KnownDataSet.FASHION_MNIST).isPresent();
        if (!data && "1".equals(System.getenv("GDLAB_REQUIRE_DATA"))) {
            throw new AssertionError("GDLAB_REQUIRE_DATA=1 and Fashion-MNIST is not on this machine");
        }
        List<LabStep> steps = new ArrayList<>();
        for (LabStep step : LabStep.values()) {
            if (data || step.section() != 5) {
                steps.add(step);
            }
        }
        LabRunner.run(new LabOptions(lab, true, DataSource.parse(ExperimentOptions.DEFAULT_DATA), 1), steps, ProgressListener.SILENT);
        for (LabStep step : steps) {
            Object r = step.readResults(lab);
            String g = step.folder() + "/";
            switch (step) {
                case GD -> GdCharts.of((GdResult) r).forEach((n, s) -> SPECS.put(g + n, s));
                case MOMENTUM -> {
                    MomentumCharts.of((MomentumResult) r).forEach((n, s) -> SPECS.put(g + n, s));
                    SPECS.put(g + "regime-map", MomentumCharts.regimeMap((MomentumResult) r));
                    SPECS.put(g + "regime-map-beta-0.5", MomentumCharts.regimeMap(momentum(0.5)));
                    SPECS.put(g + "regime-map-beta-0.9", MomentumCharts.regimeMap(momentum(0.9)));
                    SPECS.put(g + "regime-map-heavy-ball-m-0.9", MomentumCharts.regimeMap(heavyBall(0.9)));
                }
                case NOISE -> {
                    TheorySteps.NoiseResult n = (TheorySteps.NoiseResult) r;
                    SPECS.put(g + "noise-scalar-mean", NoiseCharts.mean(n.scalar()));
                    SPECS.put(g + "noise-scalar-mean-error", NoiseCharts.meanError(n.scalar()));
                    SPECS.put(g + "noise-scalar-variance", NoiseCharts.variance(n.scalar()));
                    SPECS.put(g + "noise-vector-distance", NoiseCharts.vectorDistances(n.vector()));
                    RegressionData d = RegressionData.generate(12, 3, 2);
                    SPECS.put(g + "noise-path", NoiseCharts.path(NoisePath.run(d.x(), d.y(), new double[] {0.01, 0.1, 1},
                            new VectorNoiseConfig(0.5, 0.05, 100, 50, 3), ProgressListener.SILENT)));
                }
                case RIDGE -> {
                    RidgeAnalysis a = (RidgeAnalysis) r;
                    SPECS.put(g + "ridge-path", RidgeCharts.path(a.pathLambdas(), a.path(), a.solution().lambda()));
                    RidgeBenchmark.Result b = RidgeBenchmark.run(new int[] {8, 32, 128}, 1, 1e-4, 1, ProgressListener.SILENT);
                    SPECS.put(g + "ridge-crossover", RidgeCharts.crossover(b));
                    SPECS.put(g + "ridge-times", RidgeCharts.times(b));
                }
                case LINEARIZE -> {
                    LinearizeSuite.SuiteResult s = (LinearizeSuite.SuiteResult) r;
                    SuiteCharts.of(s).forEach((n, c) -> SPECS.put(g + n, c));
                    var he = s.get(SuiteRun.HE_INIT);
                    ModelSpectrum m = new ModelSpectrum("gallery.ckpt", "toy MLP", "toy", "f(x)", he.data().gridX().length, 0L, false,
                            he.initial().spectrum(), he.last().spectrum(), 0);
                    ModelCharts.of(m).forEach((n, c) -> SPECS.put("linearize-model/" + n, c));
                }
                case KERNEL_PREDICTION -> KernelPredictionCharts.of((KernelPrediction) r).forEach((n, c) -> SPECS.put(g + n, c));
                default -> {
                    ExperimentCharts.of(r).forEach((n, c) -> SPECS.put(g + n, c));
                    if (r instanceof BestModelExperiment.Result best) {
                        TrainCharts.of("best model", best.run()).forEach((n, c) -> SPECS.put("train/" + n, c));
                    }
                }
            }
        }
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>gdlab chart gallery</title>\n<style>\nbody { font-family: sans-serif; margin: 8px; }\n"
                + ".grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; }\n"
                + "figure { margin: 0; } img { width: 100%; height: auto; border: 1px solid #ddd; }\n"
                + "figcaption { font-size: 11px; color: #444; }\n</style>\n</head>\n<body>\n<h1>gdlab chart gallery ("
                + SPECS.size() + " charts" + (data ? "" : "; no Fashion-MNIST here, so no experiment charts") + ")</h1>\n<div class=\"grid\">\n");
        for (Map.Entry<String, Object> e : SPECS.entrySet()) {
            String file = e.getKey().replace('/', '-');
            JFreeChart chart = e.getValue() instanceof ChartSpec c ? ChartRenderer.xy(c) : ChartRenderer.heatMap((HeatMapSpec) e.getValue());
            CHARTS.put(e.getKey(), chart);
            if (e.getValue() instanceof ChartSpec c) {
                ChartWriter.write(c, GALLERY, file);
            } else {
                ChartWriter.write((HeatMapSpec) e.getValue(), GALLERY, file);
            }
            page.append("<figure><img src=\"").append(file).append(".png\" alt=\"").append(e.getKey()).append("\"><figcaption>")
                    .append(e.getKey()).append(" (<a href=\"").append(file).append(".svg\">SVG</a>, ")
                    .append(Files.size(GALLERY.resolve(file + ".svg")) / 1024).append(" KB)</figcaption></figure>\n");
        }
        Files.writeString(GALLERY.resolve("index.html"), page.append("</div>\n</body>\n</html>\n").toString());
    }

    private static MomentumResult momentum(double beta) {
        return TheorySteps.momentum(new TheorySteps.SpectrumConfig(new double[] {5, 0.05}, beta, 1e-3, 1_000_000));
    }

    /** Heavy ball with m at the lab's lr = eta* beta of beta 0.1: in the EMA form beta = 1 - m, eta = lr / beta. */
    private static MomentumResult heavyBall(double m) {
        LeastSquaresSpectrum spectrum = LeastSquaresSpectrum.ofSquaredSingularValues("sigma^2", new double[] {5, 0.05});
        double lr = MomentumAnalysis.centralEta(spectrum, 0.1) * 0.1;
        return MomentumAnswers.of(spectrum, new MomentumConfig(new MomentumParameters(lr / (1 - m), 1 - m),
                MomentumForm.HEAVY_BALL, 1e-3, 1_000_000, 11, false));
    }

    @Test
    void everyAxisHasAtMostEightLabelsAndNoTwoOverlap() {
        assertTrue(CHARTS.size() >= (data ? 60 : 40), CHARTS.size() + " charts");
        for (Map.Entry<String, JFreeChart> e : CHARTS.entrySet()) {
            for (RenderedLabels.AxisLabels a : RenderedLabels.of(e.getValue())) {
                assertTrue(a.labels().size() <= Ticks.MAX_MAJOR, e.getKey() + " " + a.axis() + ": " + a.labels());
                assertTrue(a.labels().size() >= 2 || a.axis().equals("colour bar"), e.getKey() + " " + a.axis() + ": " + a.labels());
                assertNull(a.overlap(), e.getKey() + " " + a.axis() + ": overlapping labels");
                for (String label : a.labels()) {
                    assertTrue(TicksTest.significantDigits(label) <= 4, e.getKey() + " " + a.axis() + ": " + label);
                }
            }
        }
    }

    @Test
    void theMeasureSeesTheOldDefectOfLabelsEveryFewUnits() {
        JFreeChart chart = ChartRenderer.xy(ChartSpec.builder("t", "t", "x").line("s", ChartData.indices(0, 380), new double[380], 0)
                .build());
        NumberAxis crowded = new NumberAxis("t");
        crowded.setRange(0, 380);
        crowded.setTickUnit(new NumberTickUnit(3));
        chart.getXYPlot().setDomainAxis(crowded);
        RenderedLabels.AxisLabels x = RenderedLabels.of(chart).get(0);
        assertTrue(x.labels().size() > Ticks.MAX_MAJOR);
        assertTrue(x.overlap() != null, "labels 0, 3, 6, ... 378 at 11 px apiece run into each other");
    }

    @Test
    void everySvgIsUnder200KilobytesAndEveryPngIsDrawnAtTwiceTheSize() throws IOException {
        for (String name : CHARTS.keySet()) {
            String file = name.replace('/', '-');
            long svg = Files.size(GALLERY.resolve(file + ".svg"));
            assertTrue(svg < 200_000, file + ".svg is " + svg + " bytes");
            BufferedImage png = ImageIO.read(GALLERY.resolve(file + ".png").toFile());
            assertEquals(ChartStyle.PNG_SCALE * ChartStyle.WIDTH, png.getWidth(), file);
        }
    }

    @Test
    void aSingularValueKeepsItsColourAcrossTheGdAndMomentumChartsAndGdIsDashed() {
        Paint gd = legend("gd/contraction", "sigma^2 = 5 (i=0)").getLinePaint();
        assertEquals(gd, legend("gd/error", "sigma^2 = 5 (i=0)").getLinePaint());
        assertEquals(gd, legend("momentum/spectral-radius", "sigma^2 = 5 (i=0)").getLinePaint());
        LegendItem momentum = legend("momentum/trajectory-x", "momentum x_t, sigma^2 = 5 (i=0)");
        LegendItem gdLine = legend("momentum/trajectory-x", "GD x_t, sigma^2 = 5 (i=0)");
        assertEquals(gd, momentum.getLinePaint());
        assertEquals(gd, gdLine.getLinePaint(), "the same series under GD keeps its hue");
        assertNull(((BasicStroke) momentum.getLineStroke()).getDashArray(), "momentum solid");
        assertTrue(((BasicStroke) gdLine.getLineStroke()).getDashArray() != null, "GD dashed");
        assertNotEquals(gd, legend("gd/error", "sigma^2 = 0.05 (i=1)").getLinePaint());
        assertEquals(legend("gd/error", "sigma^2 = 0.05 (i=1)").getLinePaint(),
                legend("momentum/trajectory-a", "momentum a_t, sigma^2 = 0.05 (i=1)").getLinePaint());
    }

    @Test
    void anInitializerKeepsItsColourAcrossTheLabAndTheLinearizationSuite() {
        assumeTrue(data, "Fashion-MNIST is not installed: the init experiment did not run");
        Paint he = legend("init/layer-gradient-norms", "he first iteration").getLinePaint();
        assertEquals(he, legend("linearize/compare-init-gradient-norms", SuiteRun.HE_INIT.title()).getLinePaint());
        assertEquals(legend("init/layer-gradient-norms", "random:0.01 first iteration").getLinePaint(),
                legend("linearize/compare-init-gradient-norms", SuiteRun.SMALL_INIT.title()).getLinePaint(), "small random weights");
        assertNotEquals(he, legend("init/layer-gradient-norms", "zero first iteration").getLinePaint());
    }

    @Test
    void theRegimeMapMarksTheRunsOwnPointSoItsPictureFollowsBetaAndTheForm() throws IOException {
        for (String name : List.of("momentum/regime-map", "momentum/regime-map-beta-0.5", "momentum/regime-map-beta-0.9",
                "momentum/regime-map-heavy-ball-m-0.9")) {
            HeatMapSpec spec = (HeatMapSpec) SPECS.get(name);
            ChartSpec.Series point = spec.overlay().get(spec.overlay().size() - 1);
            assertTrue(point.name().startsWith("this run"), point.name());
            JFreeChart chart = CHARTS.get(name);
            BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT), info);
            g2.dispose();
            Rectangle2D area = info.getPlotInfo().getDataArea();
            XYPlot plot = chart.getXYPlot();
            int px = (int) Math.round(plot.getDomainAxis().valueToJava2D(point.x()[0], area, plot.getDomainAxisEdge()));
            int py = (int) Math.round(plot.getRangeAxis().valueToJava2D(point.y()[0], area, plot.getRangeAxisEdge()));
            assertTrue(area.contains(px, py), name + ": the point is inside the map");
            assertEquals(ChartStyle.REFERENCE.getRGB(), image.getRGB(px, py), name + ": the run's diamond is drawn at its (eta, beta)");
        }
        assertTrue(((HeatMapSpec) SPECS.get("momentum/regime-map-heavy-ball-m-0.9")).overlay().stream()
                .anyMatch(s -> s.name().contains("m 0.9 (heavy ball)")));
        List<byte[]> pngs = new ArrayList<>();
        for (String file : List.of("momentum-regime-map-beta-0.5", "momentum-regime-map-beta-0.9", "momentum-regime-map-heavy-ball-m-0.9")) {
            pngs.add(Files.readAllBytes(GALLERY.resolve(file + ".png")));
        }
        assertFalse(Arrays.equals(pngs.get(0), pngs.get(1)) || Arrays.equals(pngs.get(1), pngs.get(2)), "the PNGs differ");
    }

    @Test
    void chromiumShowsTheWholeGalleryWithoutBrokenImages() throws Exception {
        HeadlessChromium.require();
        Path work = Files.createDirectories(lab.resolve("chromium"));
        Path page = GALLERY.resolve("index.html");
        HeadlessChromium.Rendering r = HeadlessChromium.render(page, work);
        assertEquals(CHARTS.size(), r.images());
        assertEquals(0, r.brokenImages(), r.errorEvents());
        Path shot = GALLERY.resolve("gallery.png");
        int rows = (CHARTS.size() + 2) / 3;
        HeadlessChromium.screenshot(page, shot, work, 1500, 90 + rows * 300);
        assertTrue(Files.size(shot) > 100_000, "screenshot " + shot.toAbsolutePath());
    }

    /** The legend entry named {@code name} (before typesetting) of a gallery chart. */
    private static LegendItem legend(String chart, String name) {
        LegendItemCollection items = CHARTS.get(chart).getXYPlot().getFixedLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            if (items.get(i).getLabel().equals(ChartText.typeset(name))) {
                return items.get(i);
            }
        }
        throw new AssertionError(chart + " has no legend entry " + name);
    }
}
