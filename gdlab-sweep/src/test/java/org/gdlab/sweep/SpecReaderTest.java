package org.gdlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {
    static final String YAML = """
            base:
              data: fashion-mnist
              train_size: 2000
              epochs: 1
              threads: 1
            axes:
              lr: [1e-3, 3e-3]
              init: [he, xavier]
              seed: 0..2
            sample: {points: 4, seed: 7}
            metric: train_loss
            budget_seconds: 90
            """;

    @Test
    void aYamlSpecAndTheSameJsonGiveTheSameSpec(@TempDir Path dir) throws Exception {
        SweepSpec yaml = SpecReader.read(Files.writeString(dir.resolve("s.yaml"), YAML));
        SweepSpec json = SpecReader.read(Files.writeString(dir.resolve("s.json"), """
                {"base": {"data": "fashion-mnist", "train_size": 2000, "epochs": 1, "threads": 1},
                 "axes": {"lr": [0.001, 0.003], "init": ["he", "xavier"], "seed": "0..2"},
                 "sample": {"points": 4, "seed": 7}, "metric": "train_loss", "budget_seconds": 90}"""));
        assertEquals(json, yaml);
        assertEquals(List.of(new Axis(Setting.LR, List.of("0.001", "0.003")), new Axis(Setting.INIT, List.of("he", "xavier")),
                new Axis(Setting.SEED, List.of("0", "1", "2"))), yaml.axes());
        assertEquals(new Sampling(4, 7), yaml.sampling());
        assertEquals(RankMetric.TRAIN_LOSS, yaml.metric());
        assertEquals(Optional.of(90.0), yaml.budgetSeconds());
        assertTrue(yaml.base().contains(new Assignment(Setting.TRAIN_SIZE, "2000")));
    }

    @Test
    void theFlagFormsGiveTheSameAxesAndFields() {
        assertEquals(new Axis(Setting.SEED, List.of("0", "1", "2", "5")), SpecReader.axisFlag("--axis", "seed=0..2,5"));
        assertEquals(new Axis(Setting.LR, List.of("0.001", "0.02")), SpecReader.axisFlag("--axis", "lr=1e-3,2e-2"));
        assertEquals(new Assignment(Setting.EPOCHS, "3"), SpecReader.assignmentFlag("--set", "epochs=3"));
    }

    @Test
    void theBaseFieldsAreAppliedToGdlabTrainsDefaultsOneThreadAndOptimBeforeLr(@TempDir Path dir) throws Exception {
        SweepSpec spec = SpecReader.read(Files.writeString(dir.resolve("s.yaml"), """
                base: {optim: sgd, lr: 0.5, momentum: 0.5, hidden: 20x2}
                axes: {batch: [10, 20]}
                """));
        SweepPlan plan = SweepPlan.of(spec, dir);
        RunConfig c = plan.points().get(1).config();
        assertEquals(OptimizerKind.SGD, c.optimizer().kind());
        assertEquals(0.5, c.optimizer().learningRate());
        assertEquals(0.5, c.optimizer().momentum());
        assertEquals(20, c.training().batchSize());
        assertEquals(1, c.threads());
        assertEquals(5, c.training().epochs(), "gdlab train's default");
        assertEquals(List.of("batch=10", "batch=20"), plan.points().stream().map(SweepPoint::name).toList());
    }

    /** Each bad spec fails in one line naming the field or axis, the value and what is allowed. */
    @Test
    void everyBadSpecFailsInOneLineBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        bad(dir, "axes: {lrr: [0.1]}", "axes.lrr", "allowed: data");
        bad(dir, "base: {epochz: 2}", "base.epochz", "allowed: config, data");
        bad(dir, "colour: red", "field colour", "allowed: base, axes");
        bad(dir, "axes: {lr: []}", "axis lr", "at least one value");
        bad(dir, "axes: {lr: [0.1, -1]}", "axis lr, value -1", "must be > 0");
        bad(dir, "axes: {init: [he, gaussian]}", "axis init, value gaussian", "he");
        bad(dir, "axes: {optim: [adam, lion]}", "axis optim, value lion", "sgd");
        bad(dir, "axes: {batch: [0]}", "axis batch, value 0", ">= 1");
        bad(dir, "axes: {momentum: [1.5]}", "axis momentum, value 1.5", "[0, 1)");
        bad(dir, "axes: {schedule: [cosine, wiggle]}", "axis schedule, value wiggle", "constant");
        bad(dir, "axes: {hidden: [100x2, wide]}", "axis hidden, value wide", "hidden");
        bad(dir, "axes: {reg: [-1]}", "axis reg, value -1", ">= 0");
        bad(dir, "axes: {lr: 0..3}", "axis lr", "whole-number settings");
        bad(dir, "axes: {seed: 3..1}", "axis seed", "A <= B");
        bad(dir, "axes: {seed: [0, 0]}", "axis seed", "once");
        bad(dir, "axes: {threads: [1, 99]}", "axis threads, value 99", "threads");
        bad(dir, "base: {train_size: 100}\naxes: {batch: [50, 200]}", "batch = 200", "<= train_size 100");
        bad(dir, "axes: {seed: 0..1}\nsample: {points: 3}", "sample points = 3", "<= the grid's 2 points");
        bad(dir, "metric: accuracy", "metric = accuracy", "validation_accuracy");
        bad(dir, "budget_seconds: 0", "budget_seconds", "> 0");
        bad(dir, "base: {config: nowhere/config.json}", "base field config", "does not exist");
        bad(dir, "axes: {lr: [0.1\n", "not a sweep spec", "line");
        bad(dir, "axes:\n  lr: [0.1]\n  lr: [0.2]\n", "Duplicate field 'lr'", "line 3");
    }

    private static void bad(Path dir, String yaml, String names, String allowed) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepPlan.of(SpecReader.read(file), dir), yaml);
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.contains(names), m + " should name " + names);
        assertTrue(m.contains(allowed), m + " should say " + allowed);
    }
}
