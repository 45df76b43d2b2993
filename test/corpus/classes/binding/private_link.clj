(ns infra.atlas.private-link
  "Private endpoint connections of a project, and the endpoint services that replace them."
  (:require [clj-http.client :as http]
            [clojure.string :as str]))

(def api-root "https://cloud.mongodb.com/api/atlas/v1.0")

(defn- auth [opts]
  (merge {:digest-auth [(System/getenv "ATLAS_PUBLIC_KEY") (System/getenv "ATLAS_PRIVATE_KEY")] :as :json} opts))

(defn links-url [group-id]
  (str api-root "/groups/" group-id "/privateEndpoint"))

(defn services-url [group-id provider]
  (str api-root "/groups/" group-id "/privateEndpoint/" (str/upper-case provider) "/endpointService"))

(defn connection [group-id link-id]
  (:body (http/get (str (links-url group-id) "/" link-id) (auth {}))))

(defn add-interface! [group-id link-id vpce-id]
  (http/post (str/join "/" [(links-url group-id) link-id "interfaceEndpoints"])
             (auth {:form-params {:interfaceEndpointId vpce-id} :content-type :json})))

(defn services [group-id provider]
  (:body (http/get (services-url group-id provider) (auth {}))))

(defn service [group-id provider id]
  (:body (http/get (str (services-url group-id provider) "/" id) (auth {}))))
