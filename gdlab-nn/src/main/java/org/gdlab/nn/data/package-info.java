/**
 * Data sets for the networks: IDX (MNIST, Fashion-MNIST), CIFAR-10 binary batches and
 * .npy/.csv matrices, found on disk by {@link org.gdlab.nn.data.DataLocator} (its folders set by
 * {@link org.gdlab.nn.data.DataEnvironment}), and split and centred once by
 * {@link org.gdlab.nn.data.DataSplits#load(DataConfig)}. Downloading a known data set that is
 * missing is the subpackage {@code fetch}.
 */
package org.gdlab.nn.data;
