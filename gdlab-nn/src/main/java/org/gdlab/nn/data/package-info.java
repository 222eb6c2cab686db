/**
 * Data sets for the networks: IDX (MNIST, Fashion-MNIST), CIFAR-10 binary batches and
 * .npy/.csv matrices, found on disk by {@link org.gdlab.nn.data.DataLocator}, and split and
 * centred once by {@link org.gdlab.nn.data.DataSplits#load(DataConfig)}.
 */
package org.gdlab.nn.data;
