// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Personal names (姓名): a surname drawn by its frequency in Jiangxi, some of them 复姓 such as
 * 欧阳, and a given name of one or two characters from pools that follow sex and generation (a man
 * born in 1950 is more likely 建国 than 梓轩). Everything is pre-encoded as UTF-8 so that writing a
 * name copies bytes.
 */
final class Names {

    /** Surname and relative frequency (per mille, roughly Jiangxi's order: 刘 李 王 陈 张 黄 胡 …). */
    private static final Object[][] SURNAMES = {
            {"刘", 60.0}, {"李", 55.0}, {"王", 50.0}, {"陈", 50.0}, {"张", 45.0}, {"黄", 42.0}, {"胡", 38.0},
            {"杨", 30.0}, {"吴", 30.0}, {"罗", 28.0}, {"曾", 25.0}, {"周", 24.0}, {"徐", 24.0}, {"钟", 20.0},
            {"肖", 18.0}, {"彭", 17.0}, {"谢", 17.0}, {"邱", 16.0}, {"朱", 16.0}, {"余", 16.0}, {"郭", 15.0},
            {"熊", 15.0}, {"廖", 14.0}, {"邓", 13.0}, {"赖", 12.0}, {"何", 12.0}, {"万", 10.0}, {"袁", 10.0},
            {"程", 10.0}, {"付", 9.0}, {"涂", 9.0}, {"汪", 9.0}, {"叶", 9.0}, {"邹", 9.0}, {"龚", 8.0},
            {"江", 8.0}, {"温", 7.0}, {"蔡", 7.0}, {"宋", 7.0}, {"孙", 7.0}, {"潘", 6.0}, {"饶", 6.0},
            {"魏", 6.0}, {"章", 6.0}, {"卢", 6.0}, {"方", 6.0}, {"高", 6.0}, {"夏", 6.0}, {"许", 6.0},
            {"严", 5.0}, {"聂", 5.0}, {"詹", 5.0}, {"游", 5.0}, {"丁", 5.0}, {"戴", 5.0}, {"傅", 5.0},
            {"毛", 5.0}, {"欧阳", 5.0}, {"钱", 4.0}, {"金", 4.0}, {"姜", 4.0}, {"上官", 0.5}, {"司马", 0.3},
            {"诸葛", 0.2}, {"皇甫", 0.2}, {"司徒", 0.2}, {"东方", 0.1}};

    private static final String MALE_OLDER = "国建华明平军文志德福春生林金水根发永光荣学成富长海新红兵东清祥贵良云财保有喜顺才义忠仁勇强伟辉斌峰";
    private static final String MALE_YOUNGER = "子浩宇轩俊杰涛鹏博宸睿晨一泽豪铭航然阳昊宏翔思家文嘉凯锦毅诚瑞远明天梓煜皓逸亮磊";
    private static final String FEMALE_OLDER = "秀英兰桂芳梅花玉珍凤莲菊香春金美琴娥云华红霞翠萍燕丽玲娟冬月招娣妹彩连";
    private static final String FEMALE_YOUNGER = "欣怡涵梓诗雨思佳婷雪静琪萱悦妍可晴馨紫嘉若文语心一慧颖璐蕾菲瑶丹洁敏倩丽";
    /** Born before this year: the older pools. */
    private static final int YOUNGER_FROM = 1985;

    private static final byte[][] SURNAME_BYTES;
    private static final Weighted SURNAME_WEIGHTS;
    private static final byte[][] CHARACTERS;
    /** Start index in {@link #CHARACTERS} and size of each pool: male older, male younger, female older, female younger. */
    private static final int[] POOL_START = new int[4];
    private static final int[] POOL_SIZE = new int[4];

    static {
        SURNAME_BYTES = new byte[SURNAMES.length][];
        double[] weights = new double[SURNAMES.length];
        for (int i = 0; i < SURNAMES.length; i++) {
            SURNAME_BYTES[i] = ((String) SURNAMES[i][0]).getBytes(StandardCharsets.UTF_8);
            weights[i] = (Double) SURNAMES[i][1];
        }
        SURNAME_WEIGHTS = new Weighted(weights);
        List<byte[]> chars = new ArrayList<>();
        String[] pools = {MALE_OLDER, MALE_YOUNGER, FEMALE_OLDER, FEMALE_YOUNGER};
        for (int p = 0; p < pools.length; p++) {
            POOL_START[p] = chars.size();
            pools[p].codePoints().forEach(cp -> chars.add(Character.toString(cp).getBytes(StandardCharsets.UTF_8)));
            POOL_SIZE[p] = chars.size() - POOL_START[p];
        }
        CHARACTERS = chars.toArray(byte[][]::new);
    }

    private Names() {
    }

    static int surname(SplittableRandom random) {
        return SURNAME_WEIGHTS.sample(random);
    }

    /** Gives member {@code i} of {@code f} a given name that fits its sex and birth year. */
    static void giveName(Family f, int i, int birthYear, SplittableRandom random) {
        boolean younger = birthYear >= YOUNGER_FROM;
        int pool = (f.male[i] ? 0 : 2) + (younger ? 1 : 0);
        f.given1[i] = POOL_START[pool] + random.nextInt(POOL_SIZE[pool]);
        boolean single = random.nextDouble() < (younger ? 0.12 : 0.30);
        f.given2[i] = single ? -1 : POOL_START[pool] + random.nextInt(POOL_SIZE[pool]);
    }

    static void write(CsvBytes out, Family f, int i) {
        out.startField();
        out.raw(SURNAME_BYTES[f.surname[i]]);
        out.raw(CHARACTERS[f.given1[i]]);
        if (f.given2[i] >= 0) {
            out.raw(CHARACTERS[f.given2[i]]);
        }
    }

    /** The surnames and characters, for tests that check names never need CSV quoting. */
    static List<String> allParts() {
        List<String> parts = new ArrayList<>();
        for (byte[] b : SURNAME_BYTES) {
            parts.add(new String(b, StandardCharsets.UTF_8));
        }
        for (byte[] b : CHARACTERS) {
            parts.add(new String(b, StandardCharsets.UTF_8));
        }
        return parts;
    }
}
