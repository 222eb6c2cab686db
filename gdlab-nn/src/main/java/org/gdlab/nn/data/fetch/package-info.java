/**
 * Downloading the known data sets into the data cache: the catalogue of where each is published
 * and the SHA-256 each file must have ({@link org.gdlab.nn.data.fetch.DataCatalogue}), one HTTP
 * download that resumes a partial file ({@link org.gdlab.nn.data.fetch.HttpDownload}), the fetcher
 * that tries the mirrors in order and installs a file only once it verifies
 * ({@link org.gdlab.nn.data.fetch.DataFetcher}), and the check of a folder already on disk
 * ({@link org.gdlab.nn.data.fetch.DataCheck}).
 */
package org.gdlab.nn.data.fetch;
