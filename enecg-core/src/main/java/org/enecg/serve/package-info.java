/**
 * {@code enecg serve}: a saved model over HTTP (the Open Inference Protocol, KServe v2, and a record upload route
 * for people and scripts) and the ECG viewer page. A front end like {@code cli}: it uses {@code pipeline}'s one
 * prediction of one record in memory ({@link org.enecg.pipeline.Predictor}: the same expert calls and model as
 * {@code enecg predict}; a test checks that both give the same numbers).
 * Uploads are checked before anything is read ({@link org.enecg.serve.UploadedRecord}); every refusal is an
 * {@link org.enecg.serve.ApiError} with a status and a message naming the problem, never a stack trace.
 */
package org.enecg.serve;
