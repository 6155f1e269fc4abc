package phaze.pipeline.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * On a service method an operator calls to change what the pipeline counts (trigger, pause, decide,
 * execute, scan …): once its transaction has ended, the next stats request counts again instead of
 * answering with a recent count ({@link StatsSnapshot}). After the end, not before: a request between
 * the call and the commit would otherwise count without the change and keep that.
 */
public class RecountAfterChange {

    @EJB
    StatsSnapshot snapshot;
    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object recountAfterwards(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } finally {
            afterThisTransaction();
        }
    }

    private void afterThisTransaction() {
        if (transactions.getTransactionKey() == null) {
            snapshot.invalidate();
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    snapshot.invalidate();
                }
            });
        } catch (IllegalStateException notActive) {
            snapshot.invalidate();
        }
    }
}
