/**
 * The course's experiments on an image data set (docs/questions.md section 5): each is a config record
 * with the sizes (and reduced ones for --quick), a run, and a results record.
 */
package org.gdlab.lab.experiment;
