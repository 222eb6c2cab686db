/**
 * Optimizers: SGD, SGD with momentum (PyTorch form), Nesterov, RMSProp, Adam, AdamW and the EMA
 * momentum of docs/questions.md section 2, updating a network's flat parameter vector in one loop, and
 * the learning-rate schedules the trainer asks each epoch. Entry points:
 * {@link org.gdlab.nn.optim.OptimizerConfig} (a rule by {@link org.gdlab.nn.optim.OptimizerKind},
 * learning rate and momentum; {@code create()} makes the {@link org.gdlab.nn.optim.Optimizer}) and
 * {@link org.gdlab.nn.optim.LrSchedule} (constant, step, cosine, warm-up).
 */
package org.gdlab.nn.optim;
