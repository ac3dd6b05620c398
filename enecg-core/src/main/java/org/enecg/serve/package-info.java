/**
 * {@code enecg serve}: a saved model over HTTP (the Open Inference Protocol, KServe v2, and a record upload route
 * for people and scripts) and the ECG viewer page. A front end like {@code cli}: it uses {@code pipeline}'s one
 * prediction path ({@link org.enecg.pipeline.Predictor}), so the API and {@code enecg predict} give the same numbers.
 * Uploads are checked before anything is read ({@link org.enecg.serve.UploadedRecord}); every refusal is an
 * {@link org.enecg.serve.ApiError} with a status and a message naming the problem, never a stack trace.
 */
package org.enecg.serve;
