/**
 * Splits of rows by subject, so that no subject is on both sides: the groups ({@link org.enecg.split.SubjectGroups}),
 * k folds ({@link org.enecg.split.KFold}: the outer folds of cross-validation and the inner folds of cross-fitting) and a
 * hold-out ({@link org.enecg.split.Holdout}: the early-stopping validation split). Rows are ints; a subject is whatever
 * the caller's {@code IntFunction<String>} says a row belongs to.
 */
package org.enecg.split;
