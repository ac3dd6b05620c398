package org.enecg.expert.onnx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fit;
import org.enecg.expert.LeadLayout;
import org.enecg.expert.MissingLead;
import org.enecg.expert.Normalisation;
import org.enecg.expert.Pad;
import org.enecg.expert.Pooling;
import org.enecg.expert.SignalFilter;
import org.enecg.expert.Units;
import org.enecg.io.LeadName;

/**
 * A model card: the small JSON file that makes an ONNX model an expert (docs/model-cards.md documents every field
 * with examples). It names the model file(s), relative to the card, and says how a record becomes the model's
 * input and how its output becomes the record's vector. Unknown fields are errors, so a typo is never ignored.
 *
 * @param file           the card file
 * @param name           expert name (feature names, cache paths, gate weights)
 * @param version        the card's/model's version, part of the fingerprint
 * @param description    one line for people
 * @param models         model files (resolved against the card's folder); more than one is a fold ensemble whose
 *                       outputs, after {@code activation}, are averaged
 * @param inputName      the model input that gets the signal
 * @param axes           the order of that input's axes
 * @param spec           leads, rate, length, fit, padding, units, filters, normalisation, missing-lead policy,
 *                       pooling, output names
 * @param constantInputs other model inputs, fed the same values for every item
 * @param maxBatch       most items per model call (a model whose batch axis is fixed uses its fixed size instead)
 * @param outputName     the model output that is the expert's output
 * @param activation     applied to each item's output before fold averaging and pooling
 * @param trainingData   data sets the model was trained on (to judge overlap with evaluation data)
 * @param licence        licence of the model file
 * @param citation       how to cite the model
 */
public record ModelCard(Path file, String name, String version, String description, List<Path> models,
                        String inputName, Axes axes, ExpertSpec spec, List<ConstantInput> constantInputs, int maxBatch,
                        String outputName, Activation activation, List<String> trainingData, String licence,
                        String citation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ModelCard {
        models = List.copyOf(models);
        constantInputs = List.copyOf(constantInputs);
        trainingData = List.copyOf(trainingData);
    }

    /** Reads and checks a card file (the model files are checked when the expert is opened). */
    public static ModelCard read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ModelCardException(file, "model card file does not exist");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null
                    ? " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr() : "";
            throw new ModelCardException(file, "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        return parse(file, root);
    }

    static ModelCard parse(Path file, JsonNode root) throws ModelCardException {
        CardFields card = new CardFields(file, "", root);
        String name = card.string("name");
        String version = card.string("version");
        String description = card.string("description", "");
        Path dir = file.toAbsolutePath().getParent();
        List<Path> models = new ArrayList<>();
        if (card.has("model") && card.has("models")) throw card.error("give either 'model' or 'models', not both");
        if (card.has("models")) {
            for (String m : card.strings("models")) models.add(dir.resolve(m).normalize());
            if (models.isEmpty()) throw card.error("models: the list is empty");
            card.string("model", "");
        } else {
            models.add(dir.resolve(card.string("model")).normalize());
            card.strings("models", List.of());
        }

        CardFields in = card.object("input");
        if (in == null) throw card.error("input: required field is missing");
        String inputName = in.string("name");
        Axes axes = in.parse("axes", in.string("axes", Axes.BATCH_LEADS_SAMPLES.key()), Axes::parse);
        List<LeadName> leads = new ArrayList<>();
        for (String l : in.strings("leads")) leads.add(in.parse("leads", l, LeadName::require));
        Fit fit = in.parse("fit", in.string("fit", "crop"), Fit::parse);
        double fs = Double.NaN;
        if (fit == Fit.RESAMPLE) {
            if (in.has("fs")) throw in.error("fs: fit 'resample' fixes the length, not the rate; leave fs out");
            in.string("fs", "");
        } else {
            fs = in.number("fs");
        }
        int samples = fit == Fit.WHOLE ? in.integer("samples", 0) : in.integer("samples");
        LeadLayout layout = in.parse("layout", in.string("layout", "together"), LeadLayout::parse);
        Pad pad = in.parse("pad", in.string("pad", "zeros"), Pad::parse);
        Units units = in.parse("units", in.string("units", "mV"), Units::parse);
        Normalisation norm = in.parse("normalisation", in.string("normalisation", "none"), Normalisation::parse);
        MissingLead missing = in.parse("missing_lead", in.string("missing_lead", "zero"), MissingLead::parse);
        List<SignalFilter> filters = new ArrayList<>();
        for (CardFields f : in.objects("filters")) {
            SignalFilter.Kind kind = f.parse("kind", f.string("kind"), SignalFilter::parseKind);
            double seconds = f.number("seconds");
            f.noOthers();
            try {
                filters.add(new SignalFilter(kind, seconds));
            } catch (IllegalArgumentException e) {
                throw f.error(e.getMessage());
            }
        }
        in.noOthers();

        List<ConstantInput> constants = new ArrayList<>();
        for (CardFields c : card.objects("constant_inputs")) {
            String cname = c.string("name");
            double[] values = c.numbers("values");
            String note = c.string("note", "");
            c.noOthers();
            if (cname.equals(inputName)) throw c.error("name: '" + cname + "' is the signal input");
            constants.add(new ConstantInput(cname, values, note));
        }
        int maxBatch = card.integer("max_batch", 32);
        if (maxBatch < 1) throw card.error("max_batch: must be at least 1, found " + maxBatch);

        CardFields out = card.object("output");
        if (out == null) throw card.error("output: required field is missing");
        String outputName = out.string("name");
        List<String> names;
        if (out.has("names")) {
            names = out.strings("names");
            if (out.has("size") && out.integer("size") != names.size()) {
                throw out.error("size " + out.integer("size") + " does not match the " + names.size() + " names");
            }
            out.integer("size", 0);
        } else {
            int size = out.integer("size");
            if (size < 1) throw out.error("size: must be at least 1, found " + size);
            names = ExpertSpec.numberedOutputs(name, size);
            out.strings("names", List.of());
        }
        Activation activation = out.parse("activation", out.string("activation", "none"), Activation::parse);
        out.noOthers();
        Pooling pooling = card.parse("pooling", card.string("pooling", "mean"), Pooling::parse);
        List<String> training = card.strings("training_data", List.of());
        String licence = card.string("licence", "");
        String citation = card.string("citation", "");
        card.noOthers();

        ExpertSpec spec;
        try {
            spec = new ExpertSpec(leads, layout, fs, samples, fit, pad, units, filters, norm, missing, pooling, names);
        } catch (IllegalArgumentException e) {
            throw new ModelCardException(file, "input: " + e.getMessage());
        }
        if (axes == Axes.BATCH_SAMPLES && spec.itemChannels() != 1) {
            throw new ModelCardException(file, "input.axes: 'batch,samples' has no lead axis, so the model reads one lead;"
                    + " use layout 'each' or a single lead (card has " + leads.size() + " leads together)");
        }
        return new ModelCard(file, name, version, description, models, inputName, axes, spec, constants, maxBatch,
                outputName, activation, training, licence, citation);
    }
}
