package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated tenant's people, security groups and apps. Each personal workspace gets its own
 * owner; shared workspaces draw from everyone, skewed so a few power users appear everywhere.
 */
final class Population {
  final List<Principal> users = new ArrayList<>();
  final List<Principal> groups = new ArrayList<>();
  final List<Principal> apps = new ArrayList<>();
  final List<Principal> known;
  final List<Principal> all = new ArrayList<>();

  Population(
      Randoms r,
      int userCount,
      int groupCount,
      int appCount,
      String domain,
      List<Principal> known) {
    this.known = List.copyOf(known);
    for (int i = 0; i < userCount; i++) {
      String first = r.pick(Names.FIRST);
      String last = r.pick(Names.LAST);
      boolean guest = r.chance(0.03);
      String upn =
          guest
              ? (first + "." + last + i).toLowerCase(java.util.Locale.ROOT)
                  + "_partner.example#EXT#@"
                  + domain
              : (first + "." + last + i).toLowerCase(java.util.Locale.ROOT) + "@" + domain;
      users.add(Principal.user(upn, first + " " + last, r.guid(), guest));
    }
    for (int i = 0; i < groupCount; i++) {
      groups.add(Principal.group(r.guid(), "SG-" + r.pick(Names.AREA).replace(' ', '-') + "-" + i));
    }
    for (int i = 0; i < appCount; i++) {
      apps.add(Principal.app(r.guid(), r.pick(Names.AREA) + " automation " + i));
    }
    all.addAll(this.known);
    all.addAll(users);
    all.addAll(groups);
    all.addAll(apps);
  }

  /** A principal for a shared workspace or an item share: mostly users, some groups, few apps. */
  Principal member(Randoms r) {
    double u = r.nextDouble();
    if (u < 0.80) {
      return users.get(r.skewed(users.size()));
    }
    return u < 0.97 ? groups.get(r.nextInt(groups.size())) : apps.get(r.nextInt(apps.size()));
  }
}
