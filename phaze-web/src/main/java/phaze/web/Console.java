package phaze.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import phaze.platform.RequestRefusedException;

/** Turns outcomes into the console's messages, so beans stay one call to a service each. */
public final class Console {

    private Console() {
    }

    public static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public static void refused(RequestRefusedException e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
