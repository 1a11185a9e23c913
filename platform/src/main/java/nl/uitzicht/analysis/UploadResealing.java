package nl.uitzicht.analysis;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.identity.SealedElsewhere;
import nl.uitzicht.identity.SecretCipher;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation for uploaded OPPs (ADR 0096): their sealed file, text and terms are sealed again with the current
 * key, region by region (the rows are under row-level security), each region in its own transaction.
 */
@Component
class UploadResealing implements SealedElsewhere {

    private static final List<String> COLUMNS = List.of("original_sealed", "text_sealed", "terms_sealed");

    private final RegionDirectory regions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    UploadResealing(RegionDirectory regions, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // a transaction of its own per region: the region is bound when a transaction begins (ADR 0001), and the
        // rotation's own transaction began with none
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public int resealWithCurrentKey(SecretCipher cipher, List<String> unreadable) {
        int resealed = 0;
        for (Region region : regions.all()) {
            Integer count =
                    TenantContext.callAs(region.getId(), () -> transactions.execute(tx -> reseal(cipher, unreadable)));
            resealed += count == null ? 0 : count;
        }
        return resealed;
    }

    private int reseal(SecretCipher cipher, List<String> unreadable) {
        int resealed = 0;
        for (String column : COLUMNS) {
            List<Object[]> rows = jdbc.query("select id, " + column + " from opp_upload", (rs, i) ->
                    new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2)});
            for (Object[] row : rows) {
                byte[] sealed = (byte[]) row[1];
                if (cipher.sealedWithCurrentKey(sealed)) {
                    continue;
                }
                try {
                    if (!cipher.rotating()) {
                        throw new IllegalStateException("no previous key");
                    }
                    jdbc.update(
                            "update opp_upload set " + column + " = ? where id = ?",
                            cipher.seal(cipher.open(sealed)),
                            row[0]);
                    resealed++;
                } catch (IllegalStateException e) {
                    unreadable.add("uploaded OPP " + row[0]);
                }
            }
        }
        return resealed;
    }
}
