package org.gdlab.nn.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config.json is the run record, key for key, and anything else is refused naming the file and the key. */
class RunConfigFileTest {
    static RunConfig config() {
        return RunConfig.builder(DataSource.parse("npy:x.npy,y.npy"))
                .network(NetSpec.relu(16, 8).withActivation(Nonlinearity.TANH).withDropout(0.1).withPrecision(Precision.FLOAT64))
                .initializer(Initializers.parse("init", "xavier:normal:fan_avg:gain"))
                .optimizer(new OptimizerConfig(OptimizerKind.EMA, 0.05, 0.8))
                .training(TrainConfig.of(32, 6, 3).withSchedule(LrSchedule.parse("s", "warmup:1+cosine")).withReg(1e-4)
                        .withAccuracySample(77).withAccuracyEvery(4))
                .threads(1).build()
                .withStage(new Stage(4, new OptimizerConfig(OptimizerKind.SGD, 0.01, 0.9), LrSchedule.stepDecay(0.5)));
    }

    @Test
    void whatIsWrittenIsWhatIsReadBack(@TempDir Path dir) {
        RunFolder folder = new RunFolder(dir);
        folder.writeConfig(config());
        assertEquals(config(), folder.readConfig());
        assertEquals(JsonFiles.toJson(config()), JsonFiles.toJson(folder.readConfig()));
    }

    @Test
    void theKeysAreSnakeCase(@TempDir Path dir) throws IOException {
        new RunFolder(dir).writeConfig(config());
        String text = Files.readString(dir.resolve(RunFolder.CONFIG));
        for (String key : new String[] {"\"batch_size\" : 32", "\"accuracy_every\" : 4", "\"leaky_slope\"",
            "\"batch_norm\" : false", "\"learning_rate\" : 0.05", "\"from_epoch\" : 4", "\"schedule\" : \"warmup:1+cosine\"",
            "\"initializer\" : \"xavier:normal:fan_avg:gain\"", "\"kind\" : \"ema\"", "\"source\" : \"npy:x.npy,y.npy\"",
            "\"train_size\" : null", "\"validation_size\" : null", "\"activation\" : \"tanh\""}) {
            assertEquals(true, text.contains(key), key + " in " + text);
        }
    }

    private static String refusal(Path dir, String from, String to) throws IOException {
        RunFolder folder = new RunFolder(dir);
        folder.writeConfig(config());
        Path file = folder.configFile();
        String text = Files.readString(file);
        assertEquals(true, text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
        return assertThrows(IllegalArgumentException.class, folder::readConfig).getMessage()
                .replace(file.toString(), "FILE");
    }

    @Test
    void aMissingNullWrongTypedOrInvalidKeyIsNamedWithTheFile(@TempDir Path dir) throws IOException {
        assertEquals("FILE: key training.epochs is missing", refusal(dir, "\"epochs\" : 6,", ""));
        assertEquals("FILE: key network.dropout is null", refusal(dir, "\"dropout\" : 0.1", "\"dropout\" : null"));
        assertEquals("FILE: key threads = \"1\" is not allowed: must be a whole number",
                refusal(dir, "\"threads\" : 1", "\"threads\" : \"1\""));
        assertEquals("FILE: key training.seed = 3.5 is not allowed: must be a whole number",
                refusal(dir, "\"seed\" : 3", "\"seed\" : 3.5"));
        assertEquals("FILE: key network.batch_norm = 0 is not allowed: must be true or false",
                refusal(dir, "\"batch_norm\" : false", "\"batch_norm\" : 0"));
        assertEquals("FILE: key training: epochs = 0 is not allowed: must be >= 1",
                refusal(dir, "\"epochs\" : 6", "\"epochs\" : 0"));
        assertEquals("FILE: key stages[0].from_epoch is missing", refusal(dir, "\"from_epoch\" : 4,", ""));
        assertEquals("FILE: key network must be an object of NetSpec", refusal(dir, "\"network\" : {", "\"network\" : 3, \"x\" : {"));
    }

    @Test
    void aConfigOfAnEarlierVersionWithoutTheSharpnessKeyReadsAsUntrackedButOtherOptionalKeysMustBeThere(@TempDir Path dir)
            throws IOException {
        RunFolder folder = new RunFolder(dir);
        folder.writeConfig(config());
        String text = Files.readString(folder.configFile());
        Files.writeString(folder.configFile(), text.replaceAll(",\\s*\"sharpness\" : null", ""));
        assertEquals(false, Files.readString(folder.configFile()).contains("sharpness"));
        assertEquals(config(), folder.readConfig());
        assertEquals("FILE: key data.train_size is missing", refusal(dir, "\"train_size\" : null,", ""));
    }

    /** {@link #config()} without dropout and with an sgd second stage, tracking the sharpness every 25 iterations. */
    static RunConfig tracked() {
        RunConfig c = config();
        return new RunConfig(c.data(), c.network().withDropout(0), c.initializer(), c.optimizer(),
                c.training().withSharpness(java.util.Optional.of(new org.gdlab.nn.hessian.SharpnessTracking(
                        org.gdlab.nn.hessian.SharpnessTracking.Unit.ITERATIONS, 25, 300, 12))), c.threads(), c.stages());
    }

    @Test
    void theSharpnessTrackingIsReadBackAndAnEditedOneIsRefusedNamingTheKey(@TempDir Path dir) throws IOException {
        RunFolder folder = new RunFolder(dir);
        folder.writeConfig(tracked());
        assertEquals(tracked(), folder.readConfig());
        String text = Files.readString(folder.configFile());
        assertEquals(true, text.contains("\"lanczos_steps\" : 12"), text);
        Files.writeString(folder.configFile(), text.replace("\"lanczos_steps\" : 12", "\"lanczos_steps\" : 0"));
        String message = assertThrows(IllegalArgumentException.class, folder::readConfig).getMessage();
        assertEquals(folder.configFile() + ": key training.sharpness: sharpness steps = 0 is not allowed: must be >= 1",
                message);
        Files.writeString(folder.configFile(), text.replace("\"iterations\"", "\"weeks\""));
        message = assertThrows(IllegalArgumentException.class, folder::readConfig).getMessage();
        assertEquals(true, message.startsWith(folder.configFile() + ": key training.sharpness.unit"), message);
        folder.writeConfig(config());
        assertEquals(true, Files.readString(folder.configFile()).contains("\"sharpness\" : null"),
                "an untracked run says so");
    }
}
