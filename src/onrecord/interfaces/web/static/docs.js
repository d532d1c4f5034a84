// The API reference: Swagger UI from the locally served swagger-ui-bundle package (no CDN, no inline script).
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
});
