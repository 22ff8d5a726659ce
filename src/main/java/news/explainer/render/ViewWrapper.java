package news.explainer.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker's default wrapper, but for the view records the pages are made from: a template reads a record's
 * component by name through its accessor, found once per record class. The default wrapper makes a bean model per
 * record it meets, each with its own cache of what was read, and walks a chain of type tests for every value: at
 * 10,000 articles, with some 30 values read per paragraph, that was a third of the templates' time. Anything else
 * about a record, such as a method called with {@code ()} or its keys, is left to the default wrapper's model, made
 * when asked.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /** A record class that is also a list, a map, a FreeMarker model or the like: wrapped as that, by the default. */
    private static final Map<String, Method> NOT_PLAIN = Collections.unmodifiableMap(new HashMap<>());

    /** Each record class's accessors by component name, worked out once per class; or {@link #NOT_PLAIN}. */
    private final ClassValue<Map<String, Method>> components = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (type.getInterfaces().length > 0) {
                return NOT_PLAIN;
            }
            Map<String, Method> byName = new HashMap<>();
            if (!Modifier.isPublic(type.getModifiers())) {
                return byName; // the default model shows a template no accessor of such a record
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // Not checked again at every call; a record this class may not read is left to the default model.
                if (accessor.trySetAccessible()) {
                    byName.put(component.getName(), accessor);
                }
            }
            return byName;
        }
    };

    ViewWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String text) { // the commonest value, first
            return new SimpleScalar(text);
        }
        if (obj instanceof Record record) {
            Map<String, Method> accessors = components.get(record.getClass());
            if (accessors != NOT_PLAIN) {
                return new RecordModel(record, accessors, this);
            }
        }
        // The next commonest, as the default wrapper makes them, without its chain of type tests before them.
        if (obj instanceof Boolean flag) {
            return flag ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        if (obj instanceof List<?> list && !(obj instanceof TemplateModel) && getUseAdaptersForContainers()) {
            return DefaultListAdapter.adapt(list, this);
        }
        return super.wrap(obj);
    }

    /**
     * A record as a hash of its components; the default wrapper's model, made when asked, answers for anything else.
     * It has every interface of that model, so that the record prints as its {@code toString()}, lists its keys, and
     * answers {@code ?is_string} and the like as it did.
     */
    private static final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateHashModelEx,
            TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {
        private final Record record;
        private final Map<String, Method> components;
        private final ViewWrapper wrapper;
        private GenericObjectModel general;

        RecordModel(Record record, Map<String, Method> components, ViewWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) {
                return general().get(key);
            }
            try {
                return wrapper.wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getName(), e);
            }
        }

        /** {@code record.name()}: as the default wrapper has it, the accessor as a method. */
        @Override
        public TemplateModel getBeforeMethodCall(String key)
                throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return general().getBeforeMethodCall(key);
        }

        private GenericObjectModel general() throws TemplateModelException {
            if (general == null) {
                general = (GenericObjectModel) wrapper.handleUnknownType(record);
            }
            return general;
        }

        @Override
        public String getAsString() {
            return record.toString(); // as the default model's
        }

        @Override
        public int size() throws TemplateModelException {
            return general().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return general().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return general().values();
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return general().getAPI();
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
