// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.Relation;

/**
 * Who lives in a household: its size, and for each member the relation to the head (与户主关系),
 * age, sex and name. Rural registered households average about 3.2 persons — many of 2–4, a fair
 * number of single elderly people, a few of three generations and 6–10 persons. Ages follow the
 * relations (a child is 20–35 years younger than its mother, a grandchild than its parent), so
 * that school status, labour and pensions drawn from age stay consistent with the family.
 */
final class FamilyBuilder {

    static final int MAX_AGE = 100;

    // weights of sizes 1..10
    private static final Weighted ORDINARY_SIZES = new Weighted(12, 24.5, 25, 20.5, 10, 5, 2, 0.7, 0.2, 0.1);
    private static final Weighted EXITED_SIZES = new Weighted(14, 24, 22, 19, 11, 6, 2.5, 1, 0.3, 0.2);
    private static final Weighted MONITORED_SIZES = new Weighted(19, 26, 20, 16, 10, 5, 2.5, 1, 0.3, 0.2);

    private FamilyBuilder() {
    }

    private static Weighted sizes(HouseholdCategory category) {
        return switch (category) {
            case ORDINARY -> ORDINARY_SIZES;
            case EXITED -> EXITED_SIZES;
            case MONITORED -> MONITORED_SIZES;
        };
    }

    static double meanSize(HouseholdCategory category) {
        return sizes(category).mean(1);
    }

    static int size(HouseholdCategory category, SplittableRandom r) {
        return sizes(category).sample(r) + 1;
    }

    /**
     * Fills {@code f} (already reset) with {@code size} members, head first. {@code elderly} asks for
     * an old head, as in households monitored for lack of labour.
     */
    static void compose(Family f, int size, boolean elderly, SplittableRandom r) {
        switch (size) {
            case 1 -> single(f, elderly, r);
            case 2 -> couple(f, elderly, r);
            default -> larger(f, size, elderly, r);
        }
        nameEveryone(f, r);
    }

    private static void single(Family f, boolean elderly, SplittableRandom r) {
        if (elderly || r.nextDouble() < 0.62) {
            f.add(Relation.HEAD, 60 + r.nextInt(33), r.nextDouble() < 0.45);
        } else {
            f.add(Relation.HEAD, 25 + r.nextInt(35), r.nextDouble() < 0.8);
        }
    }

    private static void couple(Family f, boolean elderly, SplittableRandom r) {
        double t = elderly ? 0 : r.nextDouble();
        if (t < 0.50) {
            addHeadAndSpouse(f, 55 + r.nextInt(34), r);
        } else if (t < 0.70) {
            int head = f.add(Relation.HEAD, 42 + r.nextInt(39), r.nextDouble() < 0.55);
            addChildren(f, 1, f.age[head], r);
        } else if (t < 0.88) {
            addHeadAndSpouse(f, 22 + r.nextInt(24), r);
        } else {
            int head = f.add(Relation.HEAD, 25 + r.nextInt(26), r.nextDouble() < 0.8);
            addParent(f, f.age[head], r.nextDouble() < 0.3, r);
        }
    }

    private static void larger(Family f, int size, boolean elderly, SplittableRandom r) {
        int headAge;
        double band = r.nextDouble();
        if (elderly) {
            headAge = 60 + r.nextInt(26);
        } else if (band < 0.25) {
            headAge = 26 + r.nextInt(15);
        } else if (band < 0.65) {
            headAge = 41 + r.nextInt(18);
        } else {
            headAge = 59 + r.nextInt(20);
        }
        int head;
        if (r.nextDouble() < 0.9) {
            head = addHeadAndSpouse(f, headAge, r);
        } else {
            head = f.add(Relation.HEAD, headAge, r.nextDouble() < 0.6);
        }
        int motherAge = motherAge(f);
        int wantedChildren = Math.min(size - f.size, 1 + r.nextInt(3));
        addChildren(f, wantedChildren, motherAge, r);
        if (f.age[head] >= 45) {
            addChildInLawAndGrandchildren(f, size, r);
        }
        if (f.size < size && f.age[head] <= 62 && r.nextDouble() < 0.85) {
            // more widowed mothers than fathers live on: women outlive men
            if (f.size + 1 < size && r.nextDouble() < 0.5) {
                addParent(f, f.age[head], true, r);
                addParent(f, f.age[head], false, r);
            } else {
                addParent(f, f.age[head], r.nextDouble() < 0.35, r);
            }
        }
        while (f.size < size) {
            if (addGrandchild(f, r) < 0 && (count(f, Relation.SON) + count(f, Relation.DAUGHTER) >= 4
                    || addChildren(f, 1, motherAge, r) == 0)) {
                boolean sibling = r.nextDouble() < 0.7;
                int age = sibling ? Math.max(16, f.age[head] - 1 - r.nextInt(10)) : 10 + r.nextInt(60);
                f.add(sibling ? Relation.SIBLING : Relation.OTHER, age, r.nextBoolean());
            }
        }
    }

    /** Head (mostly a man) and spouse of the opposite sex, the wife a little younger. */
    private static int addHeadAndSpouse(Family f, int headAge, SplittableRandom r) {
        boolean headMale = r.nextDouble() < 0.9;
        int head = f.add(Relation.HEAD, headAge, headMale);
        int gap = r.nextInt(6) - (r.nextDouble() < 0.15 ? 3 : 0);
        int spouseAge = headMale ? headAge - gap : headAge + gap;
        f.add(Relation.SPOUSE, Math.max(20, spouseAge), !headMale);
        return head;
    }

    /** The age of the children's mother: the female head or spouse, else that of a late wife. */
    private static int motherAge(Family f) {
        for (int i = 0; i < f.size; i++) {
            if (!f.male[i] && (f.relation[i] == Relation.HEAD || f.relation[i] == Relation.SPOUSE)) {
                return f.age[i];
            }
        }
        return f.age[0] - 2;
    }

    /** Adds up to {@code count} children, eldest first; returns how many it could add. */
    private static int addChildren(Family f, int count, int motherAge, SplittableRandom r) {
        if (motherAge < 20 || count <= 0) {
            return 0;
        }
        int[] ages = new int[count];
        for (int k = 0; k < count; k++) {
            int gap = 20 + r.nextInt(16);
            ages[k] = gap <= motherAge ? motherAge - gap : r.nextInt(motherAge - 19);
        }
        Arrays.sort(ages);
        for (int k = count - 1; k >= 0; k--) {
            boolean son = r.nextDouble() < 0.53;
            f.add(son ? Relation.SON : Relation.DAUGHTER, ages[k], son);
        }
        return count;
    }

    private static void addParent(Family f, int headAge, boolean father, SplittableRandom r) {
        int age = headAge + 22 + r.nextInt(13);
        if (age > MAX_AGE - 2) {
            age = MAX_AGE - 2 - r.nextInt(5);
        }
        if (age < headAge + 18) {
            return; // head too old to have a living parent in the household
        }
        f.add(father ? Relation.FATHER : Relation.MOTHER, age, father);
    }

    /** A married-in daughter-in-law (or, less often, son-in-law) and their children. */
    private static void addChildInLawAndGrandchildren(Family f, int size, SplittableRandom r) {
        if (f.size >= size) {
            return;
        }
        int son = eldest(f, Relation.SON, 22);
        if (son >= 0 && r.nextDouble() < 0.85) {
            f.add(Relation.DAUGHTER_IN_LAW, Math.max(20, f.age[son] - 3 + r.nextInt(6)), false);
        } else {
            int daughter = eldest(f, Relation.DAUGHTER, 22);
            if (daughter >= 0 && r.nextDouble() < 0.35) {
                f.add(Relation.SON_IN_LAW, Math.max(22, f.age[daughter] + r.nextInt(5)), true);
            }
        }
        while (f.size < size && addGrandchild(f, r) >= 0) {
            // keeps adding while a young couple in the household can have them
        }
    }

    /** Adds a grandchild of the head if a married child can be its parent; returns its index or −1. */
    private static int addGrandchild(Family f, SplittableRandom r) {
        int parent = -1;
        for (int i = 0; i < f.size; i++) {
            Relation rel = f.relation[i];
            if ((rel == Relation.DAUGHTER_IN_LAW || rel == Relation.DAUGHTER && f.indexOf(Relation.SON_IN_LAW) >= 0)
                    && f.age[i] >= 20) {
                parent = i;
                break;
            }
        }
        if (parent < 0) {
            return -1;
        }
        if (count(f, Relation.GRANDSON) + count(f, Relation.GRANDDAUGHTER) >= 4) {
            return -1;
        }
        int gap = 20 + r.nextInt(15);
        int age = gap <= f.age[parent] ? f.age[parent] - gap : r.nextInt(f.age[parent] - 19);
        boolean boy = r.nextDouble() < 0.53;
        return f.add(boy ? Relation.GRANDSON : Relation.GRANDDAUGHTER, age, boy);
    }

    private static int count(Family f, Relation relation) {
        int n = 0;
        for (int i = 0; i < f.size; i++) {
            if (f.relation[i] == relation) {
                n++;
            }
        }
        return n;
    }

    private static int eldest(Family f, Relation relation, int minAge) {
        int best = -1;
        for (int i = 0; i < f.size; i++) {
            if (f.relation[i] == relation && f.age[i] >= minAge && (best < 0 || f.age[i] > f.age[best])) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Blood relatives share the family line's surname: the head's when the head is a man (or has
     * a living husband's line through a son-in-law who married in), a late husband's otherwise.
     */
    private static void nameEveryone(Family f, SplittableRandom r) {
        int headSurname = Names.surname(r);
        int spouse = f.indexOf(Relation.SPOUSE);
        int line;
        if (f.male[0] || f.indexOf(Relation.SON_IN_LAW) >= 0) {
            line = headSurname;
        } else if (spouse >= 0) {
            line = Names.surname(r);
        } else {
            line = r.nextDouble() < 0.8 ? Names.surname(r) : headSurname;
        }
        f.familySurname = line;
        for (int i = 0; i < f.size; i++) {
            f.surname[i] = switch (f.relation[i]) {
                case HEAD, FATHER, SIBLING -> headSurname;
                case SON, DAUGHTER, GRANDSON, GRANDDAUGHTER -> line;
                case SPOUSE -> f.male[i] ? line : Names.surname(r);
                default -> Names.surname(r);
            };
            Names.giveName(f, i, HouseholdGenerator.REFERENCE_DATE.getYear() - f.age[i], r);
        }
    }
}
