package org.gdlab.nn.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.layer.Affine;
import org.gdlab.nn.layer.BatchNorm;
import org.gdlab.nn.layer.Dropout;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.model.ParameterSpec.Kind;

/**
 * What a {@link NetConfig} means as parameters and layers: for each hidden width, affine,
 * optional batch norm, activation and optional dropout; then a final affine layer giving the
 * outputs.
 *
 * <p>Parameters, in store order: affine layer {@code l} (from 1) has {@code Wl}
 * ({@code fanIn x fanOut}) and {@code bl} ({@code 1 x fanOut}); with batch norm, hidden layer
 * {@code l} has {@code gammal} and {@code betal} instead of {@code bl} (batch norm's shift makes
 * a bias redundant) and the state {@code running_meanl}, {@code running_varl}. The first affine
 * layer computes no input gradient (nothing needs it); dropout after hidden layer {@code l} draws
 * from {@code stream.split("dropout").split(l)}.
 */
final class Architecture {
    private Architecture() {
    }

    /** The parameters of {@code config}, in store order. */
    static List<ParameterSpec> parameterSpecs(NetConfig config) {
        List<ParameterSpec> specs = new ArrayList<>();
        int depth = config.depth();
        for (int l = 1; l <= depth; l++) {
            int out = config.fanOut(l);
            specs.add(new ParameterSpec("W" + l, config.fanIn(l), out, Kind.WEIGHT, l));
            if (config.batchNorm() && l < depth) {
                specs.add(new ParameterSpec("gamma" + l, 1, out, Kind.UNREGULARIZED, l));
                specs.add(new ParameterSpec("beta" + l, 1, out, Kind.UNREGULARIZED, l));
                specs.add(new ParameterSpec("running_mean" + l, 1, out, Kind.STATE, l));
                specs.add(new ParameterSpec("running_var" + l, 1, out, Kind.STATE, l));
            } else {
                specs.add(new ParameterSpec("b" + l, 1, out, Kind.UNREGULARIZED, l));
            }
        }
        return specs;
    }

    /**
     * The layers of {@code config} on {@code parameters} (those of {@link #parameterSpecs}, the
     * store's or a replica's), dropout drawing from {@code stream}.
     */
    static List<Layer> layers(NetConfig config, List<Parameter> parameters, RandomStream stream) {
        Map<String, Parameter> params = new HashMap<>();
        parameters.forEach(p -> params.put(p.name(), p));
        int depth = config.depth();
        List<Layer> list = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            list.add(new Affine(params.get("W" + l), config.batchNorm() && l < depth ? null : params.get("b" + l), l > 1));
            if (l == depth) {
                break;
            }
            int width = config.fanOut(l);
            if (config.batchNorm()) {
                list.add(new BatchNorm(params.get("gamma" + l), params.get("beta" + l), params.get("running_mean" + l),
                        params.get("running_var" + l), BatchNorm.DEFAULT_EPS, BatchNorm.DEFAULT_MOMENTUM));
            }
            list.add(config.activation().newLayer(width, config.leakySlope()));
            if (config.dropout() > 0) {
                list.add(new Dropout(width, config.dropout(), stream.split("dropout").split(l)));
            }
        }
        return list;
    }
}
