package org.worktime.jp.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.LegalRule;

/**
 * Art. 41-2: the Highly Professional System (高度プロフェッショナル制度). A worker is covered on a date when every
 * condition holds on it, decided from the data:
 * <ol>
 * <li>{@code job-type}: employee attribute {@value #JOB_TYPE} is one of the Ordinance's five (row {@code jp.hps.job-types});</li>
 * <li>{@code resolution}: a committee resolution is on file, agreement kind {@value #RESOLUTION} covering the worker, with
 * term {@code selectiveMeasure} (one of {@code interval}, {@code cap}, {@code consecutive-leave}, {@code health-check}),
 * and, when stated, terms {@code membersFor}/{@code members} at least four fifths and {@code jobTypes} naming the worker's job;</li>
 * <li>{@code consent}: attestation {@value #CONSENT} covering the date (holds=false records a refusal or a withdrawal);</li>
 * <li>{@code annual-wage}: the wage certain to be paid in the HPS year is at least the row {@code jp.hps.annual-wage-min}
 * (¥10.75 M): a monthly wage x 12 plus earnings marked {@code guaranteed=true} earned in the year (performance bonuses
 * are not certain to be paid; open question E12);</li>
 * <li>{@code health-time}: health management time is on record (shifts) in the four weeks;</li>
 * <li>{@code days-off-4-weeks} and {@code days-off-year}: 4 whole days off in the four-week block and 104 in the HPS
 * year containing the date (blocks and year counted from the resolution's {@code startDate}, default its first day);</li>
 * <li>{@code selective-measure}: the measure the resolution chose, judged on the month (or the year) containing the date.</li>
 * </ol>
 * A failed health measure voids the system for its block (four weeks, month or year): the worker is then under the
 * ordinary rules for those dates (C5.8), and JP-LSA-41-2-HEALTH reports it.
 */
@LegalRule(
        id = "JP-LSA-41-2",
        law = "Labor Standards Act (Japan)",
        article = "Art. 41-2",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018; Enforcement Ordinance Art. 34-2",
        source = "https://suplab.jp/highpro501191/")
public final class HighlyProfessionalSystemTest implements ExemptionTest {

    public static final String RESOLUTION = "JP-LSA-41-2";
    public static final String CONSENT = "jp.hps.consent";
    public static final String JOB_TYPE = "jp.hps.job-type";
    public static final String HEALTH_CHECK = "jp.hps.health-check";
    /** The condition keys that are health measures: failing one voids the system for its block. */
    static final List<String> MEASURES = List.of("health-time", "days-off-4-weeks", "days-off-year", "selective-measure");

    static final Regime REGIME = new Regime("JP-HPS", Text.of("jp.hps.regime"), "JPY");

    @Override
    public Regime regime() {
        return REGIME;
    }

    @Override
    public Eligibility decide(ExemptionQuery query) {
        LocalDate on = query.on();
        List<Evidence> evidence = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        Optional<Parameter> wageMin = query.parameters().find("jp.hps.annual-wage-min", on);
        if (wageMin.isEmpty()) {
            evidence.add(new Evidence("in-force", Text.of("jp.hps.condition.in-force"), Text.of("jp.hps.evidence.date", "date", on),
                    Text.of("jp.hps.evidence.from", "date", LocalDate.of(2019, 4, 1)),
                    Verdict.NOT_EXEMPT, info().citation()));
            return Eligibility.fromConditions(query.employeeId(), on, REGIME, info(), evidence, missing);
        }
        Optional<Agreement> resolution = resolution(query);
        evidence.add(jobType(query, resolution, missing));
        evidence.add(resolutionEvidence(query, resolution, missing));
        evidence.add(consent(query, missing));
        LocalDate anchor = resolution.map(HighlyProfessionalSystemTest::anchor).orElse(on);
        MonthGrid grid = new MonthGrid(anchor);
        evidence.add(annualWage(query, wageMin.get(), grid.yearOf(on), missing));
        if (resolution.isPresent()) {
            HealthRecord record = new HealthRecord(query.shifts(), query.workplace().zone()).withLeaveDays(leaveNotDaysOff(query));
            long offset = Math.floorMod(on.toEpochDay() - anchor.toEpochDay(), 28);
            LocalDateRange block = LocalDateRange.of(on.minusDays(offset), on.minusDays(offset).plusDays(28));
            evidence.add(healthTime(record, block, on, missing));
            evidence.add(daysOff(query, record, "days-off-4-weeks", "jp.hps.days-off-per-4-weeks", block,
                    Text.of("jp.hps.condition.days-off-4-weeks",
                            "days", query.parameters().get("jp.hps.days-off-per-4-weeks", on).integer())));
            evidence.add(daysOff(query, record, "days-off-year", "jp.hps.days-off-per-year", grid.yearOf(on),
                    Text.of("jp.hps.condition.days-off-year",
                            "days", query.parameters().get("jp.hps.days-off-per-year", on).integer())));
            evidence.add(SelectiveMeasure.judge(query, resolution.get(), record, grid, missing));
        }
        return Eligibility.fromConditions(query.employeeId(), on, REGIME, info(), evidence, missing);
    }

    static Optional<Agreement> resolution(ExemptionQuery query) {
        Agreement found = null;
        for (Agreement a : query.workplace().agreementsOfKind(RESOLUTION)) {
            if (a.covers(query.employeeId(), query.on()) && (found == null || a.validity().getStart().isAfter(found.validity().getStart()))) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first day of the HPS blocks and year: term {@code startDate}, else the resolution's first day. */
    static LocalDate anchor(Agreement resolution) {
        String text = resolution.terms().get("startDate");
        return text == null || text.isBlank() ? resolution.validity().getStart() : LocalDate.parse(text.trim());
    }

    private Citation cite(Parameter row) {
        return RuleSupport.citation(info(), row);
    }

    private Evidence jobType(ExemptionQuery query, Optional<Agreement> resolution, List<Text> missing) {
        Parameter types = query.parameters().get("jp.hps.job-types", query.on());
        List<String> listed = Arrays.stream(types.text().split(",")).map(String::trim).toList();
        String job = query.employee().attributes().get(JOB_TYPE);
        Text condition = Text.of("jp.hps.condition.job-type");
        if (job == null) {
            missing.add(Text.of("jp.hps.missing.job-type", "attribute", JOB_TYPE, "types", listed));
            return new Evidence("job-type", condition, Text.empty(), Text.verbatim(types.text()), Verdict.INDETERMINATE, cite(types));
        }
        boolean inResolution = resolution.map(r -> r.terms().get("jobTypes")).map(t -> Arrays.stream(t.split(",")).map(String::trim)
                .anyMatch(job.trim()::equals)).orElse(true);
        boolean met = listed.contains(job.trim()) && inResolution;
        return new Evidence("job-type", condition, inResolution ? Text.verbatim(job) : Text.of("jp.hps.evidence.job-not-resolved", "job", job),
                Text.verbatim(types.text()),
                met ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, cite(types));
    }

    private Evidence resolutionEvidence(ExemptionQuery query, Optional<Agreement> resolution, List<Text> missing) {
        Text condition = Text.of("jp.hps.condition.resolution");
        Parameter majority = query.parameters().get("jp.hps.committee-majority", query.on());
        if (resolution.isEmpty()) {
            return new Evidence("resolution", condition, Text.of("jp.hps.evidence.none-on-file"),
                    Text.of("jp.hps.evidence.agreement", "kind", RESOLUTION), Verdict.NOT_EXEMPT, info().citation());
        }
        Agreement r = resolution.get();
        String measure = r.terms().getOrDefault("selectiveMeasure", "").trim();
        if (!SelectiveMeasure.KINDS.contains(measure)) {
            return new Evidence("resolution", condition, Text.of("jp.hps.evidence.no-valid-measure", "measure", measure),
                    SelectiveMeasure.oneOfTheKinds(), Verdict.NOT_EXEMPT, info().citation());
        }
        String votesFor = r.terms().get("membersFor");
        String members = r.terms().get("members");
        if (votesFor != null && members != null) {
            BigDecimal share = new BigDecimal(votesFor.trim()).divide(new BigDecimal(members.trim()), java.math.MathContext.DECIMAL64);
            if (share.compareTo(majority.decimal()) < 0) {
                return new Evidence("resolution", condition, Text.of("jp.hps.evidence.votes", "for", new BigDecimal(votesFor.trim()),
                        "members", new BigDecimal(members.trim())), majorityOf(majority), Verdict.NOT_EXEMPT, cite(majority));
            }
        }
        return new Evidence("resolution", condition, Text.of("jp.hps.evidence.resolution", "validity", r.validity(), "measure", measure),
                majorityOf(majority), Verdict.EXEMPT, cite(majority));
    }

    private static Text majorityOf(Parameter majority) {
        return Text.of("jp.hps.evidence.majority", "share", majority.decimal());
    }

    private Evidence consent(ExemptionQuery query, List<Text> missing) {
        Text condition = Text.of("jp.hps.condition.consent");
        Optional<Attestation> consent = query.attestation(CONSENT);
        if (consent.isEmpty()) {
            missing.add(Text.of("jp.hps.missing.consent", "attestation", CONSENT));
            return new Evidence("consent", condition, Text.empty(), Text.of("jp.hps.evidence.signed-consent"), Verdict.INDETERMINATE,
                    info().citation());
        }
        Attestation a = consent.get();
        return new Evidence("consent", condition, a.holds()
                ? Text.of("jp.hps.evidence.consent", "by", a.attestedBy(), "on", a.attestedOn())
                : Text.of("jp.hps.evidence.no-consent", "by", a.attestedBy(), "on", a.attestedOn()),
                Text.of("jp.hps.evidence.signed-consent"), a.holds() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, info().citation());
    }

    private Evidence annualWage(ExemptionQuery query, Parameter minimum, LocalDateRange year, List<Text> missing) {
        Text condition = Text.of("jp.hps.condition.annual-wage");
        Money threshold = minimum.money();
        Text required = Text.of("jp.hps.evidence.annual-minimum", "amount", threshold, "from", minimum.effective().getStart());
        Wage wage = query.employee().wage();
        if (wage == null) {
            missing.add(Text.of("jp.hps.missing.wage"));
            return new Evidence("annual-wage", condition, Text.empty(), required, Verdict.INDETERMINATE, cite(minimum));
        }
        CurrencyUnit jpy = threshold.getCurrencyUnit();
        CurrencyUnit paid = wage.currency();
        BigMoney inWage = switch (wage) {
            case Wage.Monthly m -> m.amount().toBigMoney().multipliedBy(12);
            case Wage.Salaried s -> s.annual();
            default -> BigMoney.zero(paid);
        };
        for (Earning e : query.earnings()) {
            if ("true".equalsIgnoreCase(e.attributes().getOrDefault("guaranteed", "false")) && e.amount().getCurrencyUnit().equals(paid)
                    && year.contains(e.earnedOver().getStart())) {
                inWage = inWage.plus(e.amount());
            }
        }
        // A wage in another currency is compared at a rate the user stated, never a hidden one.
        java.util.Optional<BigMoney> converted = query.rates().convert(inWage, jpy);
        if (converted.isEmpty()) {
            missing.add(Text.of("jp.hps.missing.rate", "from", paid.getCode(), "to", jpy.getCode()));
            return new Evidence("annual-wage", condition,
                    Text.of("jp.hps.evidence.wage-unconverted", "wage", inWage.toMoney(java.math.RoundingMode.DOWN), "currency", paid.getCode()),
                    required, Verdict.INDETERMINATE, cite(minimum));
        }
        BigMoney annual = converted.get();
        Money certain = annual.toMoney(java.math.RoundingMode.DOWN);
        Text observed = paid.equals(jpy) ? Text.of("jp.hps.evidence.annual-wage", "wage", certain, "from", year.getStart())
                : Text.of("jp.hps.evidence.annual-wage-converted", "wage", certain, "paid", inWage.toMoney(java.math.RoundingMode.DOWN),
                        "rate", query.rates().find(paid, jpy).orElseThrow().toString(), "from", year.getStart());
        boolean met = annual.compareTo(threshold.toBigMoney()) >= 0;
        return new Evidence("annual-wage", condition, observed, required, met ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, cite(minimum));
    }

    private Evidence healthTime(HealthRecord record, LocalDateRange block, LocalDate on, List<Text> missing) {
        Text condition = Text.of("jp.hps.condition.health-time");
        // The four weeks up to the date and the rest of its block: a block that starts on days off is not "unrecorded".
        LocalDate from = on.minusDays(27).isBefore(block.getStart()) ? on.minusDays(27) : block.getStart();
        LocalDateRange window = LocalDateRange.of(from, block.getEnd());
        long time = record.time(window);
        if (time == 0) {
            missing.add(Text.of("jp.hps.missing.health-time", "from", window.getStart(), "to", window.getEndInclusive()));
            return new Evidence("health-time", condition,
                    Text.of("jp.hps.evidence.no-health-time", "from", window.getStart(), "to", window.getEndInclusive()),
                    Text.of("jp.hps.evidence.objective-record"), Verdict.INDETERMINATE, info().citation());
        }
        return new Evidence("health-time", condition, Text.of("jp.hps.evidence.health-time", "hours", java.time.Duration.ofSeconds(time),
                "from", window.getStart(), "to", window.getEndInclusive()), Text.of("jp.hps.evidence.objective-record"), Verdict.EXEMPT, info().citation());
    }

    /** The days of leave whose kind {@code jp.hps.leave-not-day-off} names: not holidays, so not HPS days off. */
    private static java.util.Set<LocalDate> leaveNotDaysOff(ExemptionQuery query) {
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        var row = query.parameters().find("jp.hps.leave-not-day-off", query.on());
        if (row.isEmpty()) {
            return days;
        }
        java.util.Set<String> kinds = java.util.Arrays.stream(row.get().text().split(",")).map(String::trim)
                .collect(java.util.stream.Collectors.toSet());
        for (org.worktime.core.domain.Leave leave : query.leave()) {
            if (!leave.isPartDay() && kinds.contains(leave.kind().code())) {
                leave.dates().stream().forEach(days::add);
            }
        }
        return days;
    }

    private Evidence daysOff(ExemptionQuery query, HealthRecord record, String key, String row, LocalDateRange range, Text condition) {
        Parameter required = query.parameters().get(row, query.on());
        int free = record.daysOff(range);
        return new Evidence(key, condition, Text.of("jp.hps.evidence.days-off", "days", free, "from", range.getStart(),
                "to", range.getEndInclusive()), Text.of("jp.hps.evidence.days", "days", required.integer()), free >= required.integer() ? Verdict.EXEMPT
                : Verdict.NOT_EXEMPT, cite(required));
    }
}
