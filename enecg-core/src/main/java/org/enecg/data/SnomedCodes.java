package org.enecg.data;

import static org.enecg.data.RhythmFinding.*;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * SNOMED-CT codes of the PhysioNet/CinC Challenge 2020/2021 ({@code #Dx:} header comments), mapped to
 * {@link RhythmFinding}s for {@code report_label} and to the conduction-abnormality flag. Codes and names are
 * those of the Challenge's {@code dx_mapping_scored.csv} / {@code dx_mapping_unscored.csv}
 * (data/bundled/cinc2020-2021/label-maps); docs/report-label-mapping.md lists every row with its reason.
 */
public final class SnomedCodes {

    /** Code to finding; codes not listed say nothing about the rhythm. */
    static final Map<String, RhythmFinding> RHYTHM = Map.ofEntries(
            Map.entry("10370003", VENTRICULAR_PACING),          // PR pacing rhythm
            Map.entry("251266004", VENTRICULAR_PACING),         // VPP ventricular pacing pattern
            Map.entry("57054005", ACUTE_ST_ELEVATION_MI),       // AMI acute myocardial infarction
            Map.entry("314208002", AF_RAPID_VENTRICULAR_RESPONSE), // RAF rapid atrial fibrillation
            Map.entry("164889003", ATRIAL_FIBRILLATION),        // AF
            Map.entry("195080001", ATRIAL_FIBRILLATION),        // AFAFL atrial fibrillation and flutter
            Map.entry("426749004", ATRIAL_FIBRILLATION),        // CAF chronic atrial fibrillation
            Map.entry("282825002", ATRIAL_FIBRILLATION),        // PAF paroxysmal atrial fibrillation
            Map.entry("106068003", ECTOPIC_ATRIAL_RHYTHM),      // ARH atrial rhythm
            Map.entry("233892002", ECTOPIC_ATRIAL_RHYTHM),      // AAR accelerated atrial escape rhythm
            Map.entry("164890007", OTHER_RHYTHM),               // AFL atrial flutter
            Map.entry("713422000", OTHER_RHYTHM),               // ATach atrial tachycardia
            Map.entry("426761007", OTHER_RHYTHM),               // SVT supraventricular tachycardia
            Map.entry("67198005", OTHER_RHYTHM),                // PSVT paroxysmal supraventricular tachycardia
            Map.entry("233897008", OTHER_RHYTHM),               // AVRT atrioventricular reentrant tachycardia
            Map.entry("251166008", OTHER_RHYTHM),               // AVNRT AV node reentrant tachycardia
            Map.entry("426648003", OTHER_RHYTHM),               // JTach junctional tachycardia
            Map.entry("29320008", OTHER_RHYTHM),                // AVJR AV junctional rhythm
            Map.entry("426664006", OTHER_RHYTHM),               // AJR accelerated junctional rhythm
            Map.entry("425856008", OTHER_RHYTHM),               // PVT paroxysmal ventricular tachycardia
            Map.entry("164895002", OTHER_RHYTHM),               // VTach ventricular tachycardia
            Map.entry("164896001", OTHER_RHYTHM),               // VF ventricular fibrillation
            Map.entry("111288001", OTHER_RHYTHM),               // VFL ventricular flutter
            Map.entry("61277005", OTHER_RHYTHM),                // AIVR accelerated idioventricular rhythm
            Map.entry("49260003", OTHER_RHYTHM),                // IR idioventricular rhythm
            Map.entry("81898007", OTHER_RHYTHM),                // VEsR ventricular escape rhythm
            Map.entry("195101003", OTHER_RHYTHM),               // WAP wandering atrial pacemaker
            Map.entry("17366009", OTHER_RHYTHM),                // SAAWR sinus atrium to atrial wandering rhythm
            Map.entry("74615001", OTHER_RHYTHM),                // BTS brady tachy syndrome
            Map.entry("5609005", OTHER_RHYTHM),                 // SARR sinus arrest
            Map.entry("65778007", OTHER_RHYTHM),                // SAB sinoatrial block
            Map.entry("50799005", OTHER_RHYTHM),                // AVD atrioventricular dissociation
            Map.entry("27885002", OTHER_RHYTHM),                // CHB complete heart block
            Map.entry("195042002", OTHER_RHYTHM),               // IIAVB 2nd degree AV block
            Map.entry("54016002", OTHER_RHYTHM),                // MoI Mobitz I (Wenckebach)
            Map.entry("426183003", OTHER_RHYTHM),               // IIAVBII Mobitz II
            Map.entry("204384007", OTHER_RHYTHM),               // CIAHB congenital incomplete AV heart block
            Map.entry("233917008", OTHER_RHYTHM),               // AVB AV block, degree not stated
            Map.entry("698247007", OTHER_RHYTHM),               // CD cardiac dysrhythmia
            Map.entry("251268003", OTHER_RHYTHM),               // AP atrial pacing pattern
            Map.entry("426783006", SINUS_RHYTHM),               // NSR sinus rhythm
            Map.entry("426177001", SINUS_BRADYCARDIA),          // SB
            Map.entry("427084000", SINUS_TACHYCARDIA),          // STach
            Map.entry("427393009", SINUS_ARRHYTHMIA),           // SA
            Map.entry("270492004", FIRST_DEGREE_AV_BLOCK),      // IAVB 1st degree AV block
            Map.entry("164947007", FIRST_DEGREE_AV_BLOCK),      // LPR prolonged PR interval
            Map.entry("284470004", PREMATURE_ATRIAL_COMPLEXES), // PAC
            Map.entry("63593006", PREMATURE_ATRIAL_COMPLEXES),  // SVPB supraventricular premature beats
            Map.entry("251170000", PREMATURE_ATRIAL_COMPLEXES), // BPAC blocked premature atrial contraction
            Map.entry("251173003", PREMATURE_ATRIAL_COMPLEXES), // AB atrial bigeminy
            Map.entry("251168009", PREMATURE_ATRIAL_COMPLEXES), // SVB supraventricular bigeminy
            Map.entry("427172004", PREMATURE_VENTRICULAR_COMPLEXES), // PVC
            Map.entry("17338001", PREMATURE_VENTRICULAR_COMPLEXES),  // VPB ventricular premature beats
            Map.entry("164884008", PREMATURE_VENTRICULAR_COMPLEXES), // VEB ventricular ectopics
            Map.entry("11157007", PREMATURE_VENTRICULAR_COMPLEXES),  // VBig ventricular bigeminy
            Map.entry("251180001", PREMATURE_VENTRICULAR_COMPLEXES), // VTrig ventricular trigeminy
            Map.entry("251182009", PREMATURE_VENTRICULAR_COMPLEXES)); // VPVC paired ventricular premature complexes

    /**
     * Conduction abnormalities: AV blocks of any degree, bundle branch and fascicular blocks, nonspecific
     * intraventricular conduction disorder, sinoatrial block (the same kinds LUDB lists under "Conduction
     * abnormalities").
     */
    static final Set<String> CONDUCTION = Set.of(
            "270492004", // IAVB 1st degree AV block
            "195042002", // IIAVB 2nd degree AV block
            "54016002",  // MoI Mobitz I
            "426183003", // IIAVBII Mobitz II
            "27885002",  // CHB complete heart block
            "233917008", // AVB AV block
            "204384007", // CIAHB congenital incomplete AV heart block
            "6374002",   // BBB bundle branch block
            "164909002", // LBBB left bundle branch block
            "733534002", // CLBBB complete left bundle branch block
            "251120003", // ILBBB incomplete left bundle branch block
            "59118001",  // RBBB right bundle branch block
            "713427006", // CRBBB complete right bundle branch block
            "713426002", // IRBBB incomplete right bundle branch block
            "445118002", // LAnFB left anterior fascicular block
            "445211001", // LPFB left posterior fascicular block
            "698252002", // NSIVCB nonspecific intraventricular conduction disorder
            "82226007",  // DIB diffuse intraventricular block
            "65778007"); // SAB sinoatrial block

    private SnomedCodes() {}

    /** The rhythm findings of a record's codes. */
    public static Set<RhythmFinding> findings(Collection<String> codes) {
        Set<RhythmFinding> out = EnumSet.noneOf(RhythmFinding.class);
        for (String c : codes) {
            RhythmFinding f = RHYTHM.get(c.trim());
            if (f != null) out.add(f);
        }
        return out;
    }

    /** {@code report_label} of a record's codes; empty when no code states the rhythm (see {@link ReportLabel#fromFindings}). */
    public static java.util.Optional<ReportLabel> reportLabel(Collection<String> codes) {
        return ReportLabel.fromFindings(findings(codes));
    }

    /** True when any code is a conduction abnormality. */
    public static boolean conductionAbnormality(Collection<String> codes) {
        for (String c : codes) if (CONDUCTION.contains(c.trim())) return true;
        return false;
    }
}
