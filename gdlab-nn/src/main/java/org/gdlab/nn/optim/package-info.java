/**
 * Optimizers: SGD, SGD with momentum (PyTorch form), Nesterov, RMSProp, Adam, AdamW and the EMA
 * momentum of docs/questions.md section 2, updating a network's flat parameter vector in one loop.
 */
package org.gdlab.nn.optim;
