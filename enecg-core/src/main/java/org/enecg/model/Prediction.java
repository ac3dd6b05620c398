package org.enecg.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's answer for one record: every task's output and, for each task, how much each expert counted
 * (the gate weights: the explanation of the prediction).
 *
 * @param recordId the record
 * @param tasks    task name → output, in the model's task order
 */
public record Prediction(String recordId, Map<String, TaskOutput> tasks) {
    public Prediction {
        tasks = Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
    }

    public TaskOutput task(String name) {
        TaskOutput t = tasks.get(name);
        if (t == null) throw new IllegalArgumentException("no task '" + name + "' in prediction; have " + tasks.keySet());
        return t;
    }
}
