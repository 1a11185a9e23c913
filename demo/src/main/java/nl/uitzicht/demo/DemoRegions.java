package nl.uitzicht.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Demo mode: on first start, two fictional regions (one PO, one VO) with schools and one account
 * per role, so a newcomer can log in at once. Off in production ({@code uitzicht.demo.enabled}).
 */
@Order(0)
class DemoRegions implements ApplicationRunner {

    static final String PO_CODE = "PO2999";
    static final String VO_CODE = "VO2999";

    private static final Logger log = LoggerFactory.getLogger(DemoRegions.class);

    private final RegionDirectory regions;
    private final RegionProvisioning provisioning;
    private final SchoolDirectory schools;
    private final AccountDirectory accounts;
    private final String password;

    private final SystemWork systemWork;

    DemoRegions(
            SystemWork systemWork,
            RegionDirectory regions,
            RegionProvisioning provisioning,
            SchoolDirectory schools,
            AccountDirectory accounts,
            @Value("${uitzicht.demo.password}") String password) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.provisioning = provisioning;
        this.schools = schools;
        this.accounts = accounts;
        this.password = password;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        if (regions.findByCode(PO_CODE).isPresent()) {
            return;
        }
        log.info("Demo mode: creating the demo regions and accounts");
        accounts.createOperator("operator@uitzicht.demo", "Olga Operator", password);

        Region po = provisioning.provision(PO_CODE, "SWV De Waterlinie (demo)", Sector.PO);
        Map<String, SchoolSummary> poSchools = TenantContext.callAs(
                po.getId(),
                () -> List.of(
                                schools.register(
                                        "99AA", "00", "Basisschool De Regenboog", SchoolType.BAO, "Gorinchem", 412),
                                schools.register("99AB", "00", "Basisschool Het Anker", SchoolType.BAO, "Leerdam", 268),
                                schools.register("99AC", "00", "Kindcentrum De Linie", SchoolType.BAO, "Vianen", 355),
                                schools.register("99AD", "00", "SBO De Brug", SchoolType.SBO, "Gorinchem", 142),
                                schools.register(
                                        "99AE", "00", "Mytylschool De Waterlelie", SchoolType.SO, "Gorinchem", 96))
                        .stream()
                        .collect(Collectors.toMap(SchoolSummary::brin, s -> s)));

        Region vo = provisioning.provision(VO_CODE, "SWV VO Heuvelrug (demo)", Sector.VO);
        Map<String, SchoolSummary> voSchools = TenantContext.callAs(
                vo.getId(),
                () -> List.of(
                                schools.register("99BA", "00", "Heuvelrug College", SchoolType.VO, "Doorn", 1480),
                                schools.register(
                                        "99BA", "01", "Heuvelrug College, vmbo", SchoolType.VO, "Driebergen", 620),
                                schools.register("99BB", "00", "Praktijkschool De Stek", SchoolType.PRO, "Zeist", 210),
                                schools.register("99BC", "00", "VSO De Boog", SchoolType.VSO, "Zeist", 130))
                        .stream()
                        .collect(Collectors.toMap(SchoolSummary::code, s -> s)));

        member("beheer@waterlinie.demo", "Bram Beheerder", po, Role.REGION_ADMIN, Set.of());
        member(
                "ib@waterlinie.demo",
                "Ilse Intern-begeleider",
                po,
                Role.SCHOOL_STAFF,
                Set.of(poSchools.get("99AA").id(), poSchools.get("99AB").id()));
        AccountSummary trainer = member("trainer@waterlinie.demo", "Tamara Trainer", po, Role.TRAINER, Set.of());
        accounts.grant(trainer.id(), vo.getId(), Role.TRAINER, Set.of());
        member("beleid@waterlinie.demo", "Bas Beleid", po, Role.POLICY, Set.of());

        member("beheer@heuvelrug.demo", "Hanna Beheerder", vo, Role.REGION_ADMIN, Set.of());
        member(
                "zorg@heuvelrug.demo",
                "Zeynep Zorgcoördinator",
                vo,
                Role.SCHOOL_STAFF,
                Set.of(voSchools.get("99BA00").id(), voSchools.get("99BA01").id()));
        member("beleid@heuvelrug.demo", "Vera Beleid", vo, Role.POLICY, Set.of());
    }

    private AccountSummary member(String email, String name, Region region, Role role, Set<UUID> schoolIds) {
        AccountSummary account = accounts.createAccount(email, name, password);
        accounts.grant(account.id(), region.getId(), role, schoolIds);
        return account;
    }
}
