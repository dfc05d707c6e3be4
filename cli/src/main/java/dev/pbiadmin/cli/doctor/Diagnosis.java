package dev.pbiadmin.cli.doctor;

import java.util.ArrayList;
import java.util.List;

/** The explanation part of a failing or warning check: causes, evidence, fix and a docs link. */
record Diagnosis(String code, List<String> causes, List<String> evidence, List<String> fix, String docs) {

  Diagnosis {
    causes = List.copyOf(causes);
    evidence = List.copyOf(evidence);
    fix = List.copyOf(fix);
  }

  static Diagnosis of(String code, String cause, List<String> evidence, List<String> fix, String docs) {
    return new Diagnosis(code, List.of(cause), evidence, fix, docs);
  }

  /** The same diagnosis with more evidence appended. */
  Diagnosis withEvidence(List<String> more) {
    List<String> all = new ArrayList<>(evidence);
    all.addAll(more);
    return new Diagnosis(code, causes, all, fix, docs);
  }
}
